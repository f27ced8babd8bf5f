import { randomUUID } from 'node:crypto';
import { demoPracticeId } from '@pfp/practices';
import { demoPolicyToolId } from '@pfp/policy-tools';
import { useTestApi } from '../authorization/harness';
import { mutate, mutateRaw } from '../partnerships/partnership-api';
import { eventually } from './policy-tools-api';

const HANDBOOK = demoPolicyToolId('diaspora-handbook');
const GIZ_PILOT = demoPracticeId('de-migrant-associations');
const content = (extra: Record<string, unknown> = {}, section: Record<string, unknown> = {}) => ({
  title: 'A guide',
  summary: 'Short.',
  language: 'en',
  themes: ['diaspora'],
  sections: [{ key: 'one', title: 'One', body: 'Text.', examples: [{ practiceId: GIZ_PILOT }], ...section }],
  ...extra,
});
const XSS = [
  '<script>alert(1)</script>',
  '<img src="x" onerror="alert(2)">',
  '<a href="javascript:alert(3)">a</a>',
  '[b](javascript:alert(4))',
  '[c](JaVaScRiPt:alert(5))',
  '<div onclick="alert(6)">d</div>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg><script>alert(7)</script></svg>',
  '![e](data:text/html;base64,PHNjcmlwdD4=)',
  '<a href="&#106;avascript:alert(8)">f</a>',
].join('\n\n');

describe('policy tools: bad input is refused with a stable code naming the field, and writes nothing', () => {
  const t = useTestApi(['iom', 'mpi', 'ph']);
  const writes = () => t.api.count(`SELECT count(*) FROM es_events WHERE stream_name LIKE 'policyTool-%' OR stream_name LIKE 'follows-%'`);
  beforeAll(async () => {
    // the four demo tools (and the guidance), projected: the library's counts below depend on them all
    await eventually(
      () =>
        t.api.gql<{ policyTools: { totalCount: number }; migrationProfileGuidance: { revision: number } | null }>(
          `{ policyTools { totalCount } migrationProfileGuidance { revision } }`,
        ),
      (r) => r.data?.policyTools.totalCount === 4 && r.data.migrationProfileGuidance !== null,
    );
  });

  const refusals: Array<[string, string, string, () => Record<string, unknown>, string, string, string]> = [
    // name, mutation, token, input, code, reason, field
    [
      'an unknown practice as example',
      'draftPolicyTool',
      'iom',
      () => ({ kind: 'GUIDE', content: content({}, { examples: [{ practiceId: `practice-${randomUUID()}` }] }) }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'content.sections.0.examples.0.practiceId',
    ],
    [
      'a call for action given as a practice',
      'draftPolicyTool',
      'iom',
      () => ({ kind: 'GUIDE', content: content({}, { examples: [{ practiceId: `callForAction-${randomUUID()}` }] }) }),
      'BAD_USER_INPUT',
      '',
      'content.sections.0.examples.0.practiceId',
    ],
    [
      'a language that is not a UN language',
      'draftPolicyTool',
      'iom',
      () => ({ kind: 'GUIDE', content: content({ language: 'de' }) }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'content.language',
    ],
    [
      'an available language that is not a UN language',
      'draftPolicyTool',
      'iom',
      () => ({ kind: 'GUIDE', content: content({ languages: ['en', 'xx'] }) }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'content.languages.1',
    ],
    [
      'an oversized section body',
      'draftPolicyTool',
      'iom',
      () => ({ kind: 'GUIDE', content: content({}, { body: 'x'.repeat(50_001) }) }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'content.sections.0.body',
    ],
    [
      'an oversized title',
      'draftPolicyTool',
      'iom',
      () => ({ kind: 'GUIDE', content: content({ title: 't'.repeat(201) }) }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'content.title',
    ],
    [
      'a title of invisible characters',
      'draftPolicyTool',
      'iom',
      () => ({ kind: 'GUIDE', content: content({ title: '\u200B\u200D ' }) }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'content.title',
    ],
    [
      'an unknown theme',
      'draftPolicyTool',
      'iom',
      () => ({ kind: 'GUIDE', content: content({ themes: ['no-such-theme'] }) }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'content.themes',
    ],
    [
      'an unknown country',
      'draftPolicyTool',
      'iom',
      () => ({ kind: 'GUIDE', content: content({ countries: ['XXX'] }) }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'content.countries',
    ],
    [
      'a bad section key',
      'draftPolicyTool',
      'iom',
      () => ({ kind: 'GUIDE', content: content({}, { key: 'Not A Key' }) }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'content.sections.0.key',
    ],
    [
      'a link example that is not https',
      'draftPolicyTool',
      'iom',
      () => ({ kind: 'GUIDE', content: content({}, { examples: [{ url: 'http://example.org', title: 'x' }] }) }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'content.sections.0.examples.0.url',
    ],
    [
      'a migration profile of another country',
      'draftPolicyTool',
      'ph',
      () => ({ kind: 'MIGRATION_PROFILE', content: content({ countries: ['MDA'] }) }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'content.countries',
    ],
    [
      'a proposed example of an unknown practice',
      'proposePolicyToolExample',
      'mpi',
      () => ({ toolId: HANDBOOK, sectionKey: 'road-map', practiceId: `practice-${randomUUID()}` }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'practiceId',
    ],
    [
      'a proposed javascript: link',
      'proposePolicyToolExample',
      'mpi',
      () => ({ toolId: HANDBOOK, sectionKey: 'road-map', url: 'javascript:alert(1)', title: 'x' }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'url',
    ],
    [
      'a proposed example for no section',
      'proposePolicyToolExample',
      'mpi',
      () => ({ toolId: HANDBOOK, sectionKey: 'nowhere', url: 'https://example.org', title: 'x' }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.NO_SUCH_SECTION',
      'sectionKey',
    ],
    [
      'a translation into a language that is not a UN language',
      'addPolicyToolTranslation',
      'iom',
      () => ({ toolId: HANDBOOK, language: 'de', title: 'Handbuch', complete: false }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'language',
    ],
    [
      'a translation of an edition that does not exist',
      'addPolicyToolTranslation',
      'iom',
      () => ({ toolId: HANDBOOK, language: 'fr', edition: 9, title: 'Manuel', complete: false }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.NO_SUCH_EDITION',
      'edition',
    ],
    [
      'release notes of white space',
      'releasePolicyToolEdition',
      'iom',
      () => ({ toolId: HANDBOOK, releaseNotes: '  ' }),
      'BAD_USER_INPUT',
      'POLICY_TOOL.INVALID',
      'releaseNotes',
    ],
    ['a tool id of another kind', 'revisePolicyTool', 'iom', () => ({ toolId: `project-${randomUUID()}`, content: content() }), 'BAD_USER_INPUT', '', 'toolId'],
  ];

  it.each(refusals)('refuses %s', async (_name, mutation, actor, input, code, reason, field) => {
    const before = await writes();
    const result = await mutateRaw(t.api, t.tokens[actor], mutation, `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`, input());
    const error = result.errors?.[0];
    expect(error?.extensions.code).toBe(code);
    if (reason) expect(error?.extensions.reason).toBe(reason);
    expect(Object.keys((error?.extensions.fields as Record<string, string>) ?? {})).toContain(field);
    expect(await writes()).toBe(before);
  });

  it('refuses a migration profile to an organisation that is not a state (FORBIDDEN), writing nothing', async () => {
    const before = await writes();
    const result = await mutateRaw(t.api, t.tokens.iom, 'draftPolicyTool', 'DraftPolicyToolInput', {
      kind: 'MIGRATION_PROFILE',
      content: content({ countries: ['PHL'] }),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'POLICY_TOOL.PROFILE_OWNED_BY_ITS_STATE' });
    expect(await writes()).toBe(before);
  });

  it('keeps the Markdown of sections as written and serves it sanitised as practice bodies are (the XSS corpus)', async () => {
    const drafted = await mutate<{ policyTool: { id: string } }>(
      t.api,
      t.tokens.iom,
      'draftPolicyTool',
      'DraftPolicyToolInput',
      { kind: 'TOOLKIT', content: content({}, { body: XSS }) },
      'policyTool { id }',
    );
    const read = await t.api.gql<{ policyTool: { draft: { sections: Array<{ body: string; bodyHtml: string }> } } }>(
      `query($id: ID!) { policyTool(id: $id) { draft { sections { body bodyHtml } } } }`,
      { id: drafted.policyTool.id },
      { token: t.tokens.iom },
    );
    const [section] = read.data!.policyTool.draft.sections;
    expect(section.body).toBe(XSS);
    expect(section.bodyHtml).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<svg|data:/i);
    expect(section.bodyHtml).not.toMatch(/alert\([1267]\)/);
  });

  it('answers queries given bad arguments with codes naming them', async () => {
    const wrongKind = await t.api.gql(`{ policyTool(id: "practice-${randomUUID()}") { id } }`);
    expect(wrongKind.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const noEdition = await t.api.gql(`query($id: ID!) { policyTool(id: $id, edition: 9) { id } }`, { id: HANDBOOK });
    expect(noEdition.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'POLICY_TOOL.NO_SUCH_EDITION' });
    const notProfiles = await t.api.gql(`{ migrationProfiles(filter: { kind: HANDBOOK }) { totalCount } }`);
    expect(notProfiles.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'filter.kind': expect.any(String) } });
    const badLanguage = await t.api.gql(`{ policyTools(filter: { languages: ["de"] }) { totalCount } }`);
    expect(badLanguage.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a draft is read by its owner and editors only; the library and the repository list what is released', async () => {
    const drafted = await mutate<{ policyTool: { id: string } }>(
      t.api,
      t.tokens.iom,
      'draftPolicyTool',
      'DraftPolicyToolInput',
      { kind: 'GUIDE', content: content() },
      'policyTool { id }',
    );
    const read = (token: string | null) =>
      t.api.gql<{ policyTool: { id: string } | null }>(`query($id: ID!) { policyTool(id: $id) { id } }`, { id: drafted.policyTool.id }, { token });
    expect((await read(t.tokens.iom)).data!.policyTool).not.toBeNull();
    expect((await read(t.tokens.ph)).data!.policyTool).toBeNull();
    expect((await read(null)).data!.policyTool).toBeNull();
    const library = await t.api.gql<{ policyTools: { edges: Array<{ node: { id: string } }> } }>(`{ policyTools(first: 50) { edges { node { id } } } }`);
    expect(library.data!.policyTools.edges.map((e) => e.node.id)).not.toContain(drafted.policyTool.id);
    const mine = await t.api.gql<{ policyTools: { edges: Array<{ node: { id: string } }> } }>(
      `{ policyTools(first: 50, filter: { editable: true }) { edges { node { id } } } }`,
      {},
      { token: t.tokens.iom },
    );
    expect(mine.data!.policyTools.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([drafted.policyTool.id, HANDBOOK]));
    const french = await t.api.gql<{ policyTools: { edges: Array<{ node: { id: string } }> } }>(
      `{ policyTools(search: "civil society", filter: { languages: ["fr"] }) { edges { node { id } } } }`,
    );
    expect(french.data!.policyTools.edges.map((e) => e.node.id)).toEqual([demoPolicyToolId('jmdi-civil-society-handbook')]);
    const facets = await t.api.gql<{ policyTools: { facets: Record<string, Array<{ value: string; count: number }>> } }>(
      `{ policyTools { facets { kind { value count } language { value count } country { value count } theme { value count } } } }`,
    );
    expect(facets.data!.policyTools.facets.kind).toEqual([
      { value: 'HANDBOOK', count: 2 },
      { value: 'MIGRATION_PROFILE', count: 2 },
    ]);
    expect(facets.data!.policyTools.facets.language).toEqual([
      { value: 'en', count: 4 },
      { value: 'fr', count: 1 },
    ]);
    expect(facets.data!.policyTools.facets.country).toEqual([
      { value: 'MDA', count: 1 },
      { value: 'PHL', count: 1 },
    ]);
    const profiles = await t.api.gql<{ migrationProfiles: { edges: Array<{ node: { ownerCountry: string } }> } }>(
      `{ migrationProfiles(filter: { region: "035" }) { edges { node { ownerCountry } } } }`,
    );
    expect(profiles.data!.migrationProfiles.edges.map((e) => e.node.ownerCountry)).toEqual(['PHL']);
    const all = await t.api.gql<{ migrationProfiles: { edges: Array<{ node: { ownerCountry: string } }> } }>(
      `{ migrationProfiles { edges { node { ownerCountry } } } }`,
    );
    expect(all.data!.migrationProfiles.edges.map((e) => e.node.ownerCountry)).toEqual(['MDA', 'PHL']);
  });
});
