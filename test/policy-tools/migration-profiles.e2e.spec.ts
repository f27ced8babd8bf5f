import { demoOrganizationId } from '@pfp/identity';
import { demoPolicyToolId } from '@pfp/policy-tools';
import { useTestApi } from '../authorization/harness';
import type { Client } from 'graphql-ws';
import { mutate, mutateRaw, subscribe, wsClient } from '../partnerships/partnership-api';
import { eventually } from './policy-tools-api';

const PROFILE = `policyTool { id ownerCountry currentEdition edition { preparationStep dataSources } currentStep { key number } }`;

describe('the Migration Profiles Repository', () => {
  const t = useTestApi(['ph', 'md', 'iom', 'gfmd-support-unit']);
  const clients: Client[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.dispose())));

  it('lists the profiles by region and country, with the guidance the Support Unit maintains with the ILO and IOM', async () => {
    const { api } = t;
    const listed = await eventually(
      () =>
        api.gql<{ migrationProfiles: { edges: Array<{ node: { id: string; ownerCountry: string; currentStep: { key: string; number: number } | null } }> } }>(
          `{ migrationProfiles { edges { node { id ownerCountry currentStep { key number } } } } }`,
        ),
      // both profiles and the guidance they name their step from, projected
      (r) => (r.data?.migrationProfiles.edges ?? []).filter((e) => e.node.currentStep !== null).length === 2,
    );
    expect(listed.data!.migrationProfiles.edges.map((e) => e.node)).toEqual([
      { id: demoPolicyToolId('migration-profile-md'), ownerCountry: 'MDA', currentStep: { key: 'data-collection', number: 2 } },
      { id: demoPolicyToolId('migration-profile-ph'), ownerCountry: 'PHL', currentStep: { key: 'data-collection', number: 2 } },
    ]);
    const guidance = await api.gql<{ migrationProfileGuidance: { steps: Array<{ key: string }>; maintainers: Array<{ id: string }> } }>(
      `{ migrationProfileGuidance { steps { key } maintainers { id } } }`,
    );
    expect(guidance.data!.migrationProfileGuidance.steps.map((s) => s.key)).toEqual(['initiation', 'data-collection', 'analysis', 'validation', 'publication']);
    expect(guidance.data!.migrationProfileGuidance.maintainers.map((o) => o.id)).toEqual([demoOrganizationId('ilo'), demoOrganizationId('iom')]);
    const byCountry = await api.gql<{ migrationProfiles: { totalCount: number } }>(
      `{ migrationProfiles(filter: { country: "MDA", kind: MIGRATION_PROFILE }) { totalCount } }`,
    );
    expect(byCountry.data!.migrationProfiles.totalCount).toBe(1);
  });

  it('a government owns its profile: IOM, a contributor, revises its sections; only the state publishes; the step is one of the checklist', async () => {
    const { api, tokens } = t;
    const profile = demoPolicyToolId('migration-profile-md');
    const read = await api.gql<{ policyTool: { draft: Record<string, unknown>; revision: number } }>(
      `query($id: ID!) { policyTool(id: $id) { revision draft { title summary language themes countries languages dataSources year preparationStep sections { key title body examples { practiceId url title } } } } }`,
      { id: profile },
      { token: tokens.iom },
    );
    const draft = read.data!.policyTool.draft as { sections: Array<Record<string, unknown>> } & Record<string, unknown>;
    const revised = { ...draft, preparationStep: 'analysis', dataSources: ['Sample text: national statistics', 'Sample text: a household survey'] };
    const contributors = [
      { organizationId: demoOrganizationId('iom'), role: 'CONTRIBUTOR' },
      { organizationId: demoOrganizationId('ilo'), role: 'CONTRIBUTOR' },
    ];
    await mutate(api, tokens.iom, 'revisePolicyTool', 'RevisePolicyToolInput', { toolId: profile, content: revised, contributors }, 'revision');
    const byIom = await mutateRaw(api, tokens.iom, 'releasePolicyToolEdition', 'ReleasePolicyToolEditionInput', { toolId: profile, releaseNotes: 'Analysis.' });
    expect(byIom.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'POLICY_TOOL.NOT_OWNER' });
    const released = await mutate<{
      policyTool: { currentEdition: number; edition: { preparationStep: string; dataSources: string[] }; currentStep: { number: number } };
    }>(api, tokens.md, 'releasePolicyToolEdition', 'ReleasePolicyToolEditionInput', { toolId: profile, releaseNotes: 'The analysis has started.' }, PROFILE);
    expect(released.policyTool).toMatchObject({ currentEdition: 2, edition: { preparationStep: 'analysis' }, currentStep: { number: 3 } });
    const badStep = await mutateRaw(api, tokens.iom, 'revisePolicyTool', 'RevisePolicyToolInput', {
      toolId: profile,
      content: { ...revised, preparationStep: 'no-such-step' },
      contributors,
    });
    expect(badStep.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'POLICY_TOOL.INVALID',
      fields: { 'content.preparationStep': expect.any(String) },
    });
  });

  it('a state drafts the profile of its own country and no other', async () => {
    const { api, tokens } = t;
    const content = {
      title: 'Extended migration profile: Philippines',
      language: 'en',
      countries: ['PHL'],
      year: 2011,
      preparationStep: 'initiation',
      sections: [],
    };
    const drafted = await mutate<{ policyTool: { id: string; ownerCountry: string } }>(
      api,
      tokens.ph,
      'draftPolicyTool',
      'DraftPolicyToolInput',
      { kind: 'EXTENDED_MIGRATION_PROFILE', content },
      'policyTool { id ownerCountry }',
    );
    expect(drafted.policyTool.ownerCountry).toBe('PHL');
    const other = await mutateRaw(api, tokens.md, 'draftPolicyTool', 'DraftPolicyToolInput', { kind: 'EXTENDED_MIGRATION_PROFILE', content });
    expect(other.errors?.[0]?.extensions.fields).toHaveProperty(['content.countries']);
  });

  it("a draft's changes reach its editors live, and nobody else", async () => {
    const { api, tokens } = t;
    const content = { title: 'Draft profile: Philippines', language: 'en', countries: ['PHL'], sections: [] };
    const contributors = [{ organizationId: demoOrganizationId('iom'), role: 'CONTRIBUTOR' }];
    const drafted = await mutate<{ policyTool: { id: string } }>(
      api,
      tokens.ph,
      'draftPolicyTool',
      'DraftPolicyToolInput',
      { kind: 'MIGRATION_PROFILE', content, contributors },
      'policyTool { id }',
    );
    const query = `subscription($id: ID!) { policyToolUpdated(toolId: $id) { type revision } }`;
    const listen = (token: string | null) => {
      const client = wsClient(api.url, token);
      clients.push(client);
      return subscribe<{ policyToolUpdated: { revision: number } }>(client, query, { id: drafted.policyTool.id });
    };
    const editor = listen(tokens.iom);
    const outsider = listen(tokens.md);
    const visitor = listen(null);
    let n = 0;
    const revise = () =>
      mutate(
        api,
        tokens.ph,
        'revisePolicyTool',
        'RevisePolicyToolInput',
        { toolId: drafted.policyTool.id, content: { ...content, summary: `Words ${++n}.` }, contributors },
        'revision',
      );
    // until the editor's subscription is live: revise, and wait a while for it to hear
    for (let attempt = 0; editor.messages.length === 0; attempt++) {
      if (attempt === 10) throw new Error('the editor heard nothing');
      await revise();
      await editor.next(3_000).catch(() => undefined);
    }
    // one more, awaited: the outsider and the visitor, on the same topic, had theirs filtered by then
    const heard = editor.messages.length;
    await revise();
    while (editor.messages.length === heard) await editor.next(10_000);
    expect(editor.messages.at(-1)!.data.policyToolUpdated.revision).toBe(n);
    expect(outsider.messages).toEqual([]);
    expect(visitor.messages).toEqual([]);
    expect(outsider.errors).toEqual([]);
  });
});
