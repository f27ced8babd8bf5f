import type { Client } from 'graphql-ws';
import { Digests } from '@pfp/follows';
import { demoOrganizationId } from '@pfp/identity';
import { readOutbox } from '@pfp/mail';
import { demoPracticeId } from '@pfp/practices';
import { demoPolicyToolId } from '@pfp/policy-tools';
import { useTestApi, type TestApi } from '../authorization/harness';
import { mutate, subscribe, wsClient } from '../partnerships/partnership-api';
import { eventually } from './policy-tools-api';

const HANDBOOK = demoPolicyToolId('diaspora-handbook');
const TOOL = `query($id: ID!, $edition: Int) { policyTool(id: $id, edition: $edition) {
  id currentEdition owner { name } contributors { organizationId role }
  edition { number title releaseNotes sections { key title bodyHtml examples { practiceId url title } } }
  editions { number releaseNotes }
  examples { exampleId status edition url }
  translations { language edition complete outOfDate }
  differences { fields { field before after } sections { key change before { examples { url } } after { examples { url title } } } }
} }`;
const UPDATED = `subscription($id: ID!) { policyToolUpdated(toolId: $id) { type revision policyTool { currentEdition edition { number } } } }`;

interface ToolData {
  policyTool: {
    currentEdition: number;
    owner: { name: string };
    contributors: Array<{ organizationId: string; role: string }>;
    edition: {
      number: number;
      title: string;
      releaseNotes: string;
      sections: Array<{ key: string; bodyHtml: string; examples: Array<{ practiceId: string | null; url: string | null }> }>;
    };
    editions: Array<{ number: number }>;
    examples: Array<{ exampleId: string; status: string; edition: number | null }>;
    translations: Array<{ language: string; edition: number; complete: boolean; outOfDate: boolean }>;
    differences: {
      fields: unknown[];
      sections: Array<{ key: string; change: string; after: { examples: Array<{ url: string | null; title: string | null }> } }>;
    };
  } | null;
}

async function readTool(api: TestApi, edition: number | null = null, token: string | null = null): Promise<ToolData['policyTool']> {
  const result = await api.gql<ToolData>(TOOL, { id: HANDBOOK, edition }, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.policyTool;
}

describe('the diaspora handbook, a living document (GraphQL and graphql-ws)', () => {
  const t = useTestApi(['iom', 'mpi', 'se']);
  const clients: Client[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.dispose())));

  it('MPI proposes an example, IOM accepts it and releases edition 2; a follower hears of it live and in its feed; edition 1 stays readable, with the differences', async () => {
    const { api, tokens } = t;
    const first = await eventually(
      () => readTool(api),
      (tool) => tool?.currentEdition === 1,
    );
    expect(first!.owner.name).toBe('International Organization for Migration (IOM)');
    expect(first!.contributors).toEqual([
      { organizationId: demoOrganizationId('mpi'), role: 'AUTHOR' },
      { organizationId: demoOrganizationId('nl'), role: 'FUNDER' },
      { organizationId: demoOrganizationId('ch'), role: 'FUNDER' },
    ]);
    expect(first!.edition.sections[1].examples).toEqual([{ practiceId: demoPracticeId('de-migrant-associations'), url: null, title: null }]);

    // Sweden follows the handbook and listens to it, and to its feed
    await api.gql(`mutation($input: FollowInput!) { follow(input: $input) { following } }`, { input: { subjectId: HANDBOOK } }, { token: tokens.se });
    const client = wsClient(api.url, tokens.se);
    clients.push(client);
    const live = subscribe<{ policyToolUpdated: { type: string; policyTool: { currentEdition: number } } }>(client, UPDATED, { id: HANDBOOK });
    const feed = subscribe<{ feed: { subjectId: string; text: string; type: string } }>(client, `subscription { feed { subjectId text type } }`);
    // until both subscriptions are live: IOM adds a Spanish translation of edition 1 (sample), and Sweden waits a while to hear of it
    for (let attempt = 0; live.messages.length === 0 || feed.messages.length === 0; attempt++) {
      if (attempt === 10) throw new Error('the follower heard nothing');
      await mutate(
        api,
        tokens.iom,
        'addPolicyToolTranslation',
        'AddPolicyToolTranslationInput',
        { toolId: HANDBOOK, language: 'es', title: 'Manual sobre la participación de las diásporas (texto de muestra)', complete: false },
        'revision',
      );
      await Promise.all([live.next(3_000), feed.next(3_000)]).catch(() => undefined);
    }

    const proposed = await mutate<{ policyTool: { examples: Array<{ exampleId: string; status: string }> } }>(
      api,
      tokens.mpi,
      'proposePolicyToolExample',
      'ProposePolicyToolExampleInput',
      {
        toolId: HANDBOOK,
        sectionKey: 'migrant-associations',
        url: 'https://www.example.org/hometown-associations',
        title: 'Hometown associations (sample)',
        note: 'Another programme.',
      },
      'policyTool { examples { exampleId status } }',
    );
    const exampleId = proposed.policyTool.examples.find((e) => e.status === 'PROPOSED')!.exampleId;
    await mutate(api, tokens.iom, 'acceptPolicyToolExample', 'AcceptPolicyToolExampleInput', { toolId: HANDBOOK, exampleId }, 'revision');
    const releasedNow = await mutate<{ policyTool: { currentEdition: number } }>(
      api,
      tokens.iom,
      'releasePolicyToolEdition',
      'ReleasePolicyToolEditionInput',
      { toolId: HANDBOOK, releaseNotes: 'A new example of migrant associations.' },
      'policyTool { currentEdition }',
    );
    expect(releasedNow.policyTool.currentEdition).toBe(2);

    // live: the edition's event reaches the follower
    for (;;) {
      const message = await live.next(10_000);
      if (message.data.policyToolUpdated.type === 'PolicyToolEditionReleased') {
        expect(message.data.policyToolUpdated.policyTool.currentEdition).toBe(2);
        break;
      }
    }
    // the feed: told of the new edition, live and when read
    for (;;) {
      const item = await feed.next(10_000);
      if (item.data.feed.type === 'PolicyToolEditionReleased') {
        expect(item.data.feed).toEqual({
          subjectId: HANDBOOK,
          type: 'PolicyToolEditionReleased',
          text: 'Edition 2 released: A new example of migrant associations.',
        });
        break;
      }
    }
    const readFeed = async () =>
      (
        await api.gql<{ feed: { edges: Array<{ node: { text: string; subjectId: string } }> } }>(
          `{ feed(first: 20) { edges { node { subjectId text } } } }`,
          {},
          { token: tokens.se },
        )
      ).data!.feed.edges.map((e) => e.node);
    const page = await eventually(readFeed, (items) => items.some((i) => i.text.startsWith('Edition 2')));
    expect(page).toContainEqual({ subjectId: HANDBOOK, text: 'Edition 2 released: A new example of migrant associations.' });

    // the current edition has the example; edition 1 is as it was; the differences show the section that changed
    const second = (await readTool(api))!;
    expect(second.edition.number).toBe(2);
    expect(second.edition.sections[1].examples.map((e) => e.url)).toEqual([null, 'https://www.example.org/hometown-associations']);
    expect(second.examples).toEqual([{ exampleId, status: 'ACCEPTED', edition: 2, url: 'https://www.example.org/hometown-associations' }]);
    expect(second.editions.map((e) => e.number)).toEqual([1, 2]);
    // the Spanish translation of edition 1 is now out of date
    expect(second.translations).toEqual([{ language: 'es', edition: 1, complete: false, outOfDate: true }]);
    expect(second.differences.fields).toEqual([]);
    expect(second.differences.sections.map((s) => [s.key, s.change])).toEqual([
      ['road-map', 'UNCHANGED'],
      ['migrant-associations', 'CHANGED'],
    ]);
    expect(second.differences.sections[1].after.examples[1]).toEqual({
      url: 'https://www.example.org/hometown-associations',
      title: 'Hometown associations (sample)',
    });
    const old = (await readTool(api, 1))!;
    expect(old.edition.number).toBe(1);
    expect(old.edition.releaseNotes).toBe('First edition.');
    expect(old.edition.sections[1].examples).toHaveLength(1);
  });

  it("mails the new edition to the follower, through follows' digests", async () => {
    const { api, tokens } = t;
    await mutate(api, tokens.se, 'setNotificationPreference', 'SetNotificationPreferenceInput', { frequency: 'IMMEDIATELY' }, 'frequency');
    await api.app.get(Digests).send('IMMEDIATELY');
    const mails = (await readOutbox(api.outbox)).filter((m) => m.to.includes('se@demo'));
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Handbook on engaging diasporas in development');
    expect(mails[0].text).toContain('Edition 2 released: A new example of migrant associations.');
  });

  it("serves the handbook's history (history(id)): each event with the fields it changed", async () => {
    const result = await t.api.gql<{ history: Array<{ type: string; changes: Array<{ field: string }> }> }>(
      `query($id: ID!) { history(id: $id) { type changes { field } } }`,
      {
        id: HANDBOOK,
      },
    );
    const types = result.data!.history.map((e) => e.type);
    expect(types.slice(0, 2)).toEqual(['PolicyToolDrafted', 'PolicyToolEditionReleased']);
    expect(types.slice(-3)).toEqual(['PolicyToolExampleProposed', 'PolicyToolExampleAccepted', 'PolicyToolEditionReleased']);
    expect(new Set(types.slice(2, -3))).toEqual(new Set(['PolicyToolTranslationAdded']));
    expect(result.data!.history.at(-1)!.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['edition', 'section.migrant-associations.examples']));
  });

  it('shows, on the GIZ pilot programme, the tools that cite it', async () => {
    const result = await t.api.gql<{ practice: { citedByPolicyTools: Array<{ id: string }> } }>(
      `query($id: ID!) { practice(id: $id) { citedByPolicyTools { id } } }`,
      {
        id: demoPracticeId('de-migrant-associations'),
      },
    );
    expect(result.data!.practice.citedByPolicyTools.map((x) => x.id)).toEqual([HANDBOOK]);
  });
});
