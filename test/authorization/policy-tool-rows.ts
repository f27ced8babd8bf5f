import type { TestApi } from './harness';
import type { Row, TableActor, TableActors } from './table';
import { mutate, mutateRaw } from '../partnerships/partnership-api';

const A = 'allowed' as const;
const D = 'denied' as const;
const SIGNED_IN = { visitor: D, state: A, partner: A, supportUnit: A };
/** The table's state member (Mexico) owns the tools the rows act on. */
const OWNER_ONLY = { visitor: D, state: A, partner: D, supportUnit: D };
const SUPPORT_UNIT_ONLY = { visitor: D, state: D, partner: D, supportUnit: A };

/** What the policy tool rows write: events of policy tool streams. */
export const POLICY_TOOL_WRITE_COUNTERS = [`SELECT count(*) FROM es_events WHERE stream_name LIKE 'policyTool-%' OR stream_name LIKE 'profileGuidance-%'`];

export const TABLE_TOOL = {
  kind: 'GUIDE',
  content: { title: 'Table guide', summary: 'For the table.', language: 'en', sections: [{ key: 'steps', title: 'Steps', body: 'One, two.' }] },
};

/** A tool of the table's state member, drafted (and released, and with an example the partner proposed, as asked). */
async function toolOfState(api: TestApi, actors: TableActors, stage: 'draft' | 'released' | 'proposed'): Promise<{ toolId: string; exampleId: string | null }> {
  const drafted = await mutate<{ policyTool: { id: string } }>(
    api,
    actors.state.token,
    'draftPolicyTool',
    'DraftPolicyToolInput',
    TABLE_TOOL,
    'policyTool { id }',
  );
  const toolId = drafted.policyTool.id;
  if (stage !== 'draft')
    await mutate(api, actors.state.token, 'releasePolicyToolEdition', 'ReleasePolicyToolEditionInput', { toolId, releaseNotes: 'First.' }, 'revision');
  if (stage !== 'proposed') return { toolId, exampleId: null };
  const proposed = await mutate<{ policyTool: { examples: Array<{ exampleId: string }> } }>(
    api,
    actors.partner.token,
    'proposePolicyToolExample',
    'ProposePolicyToolExampleInput',
    { toolId, sectionKey: 'steps', url: 'https://www.example.org/steps', title: 'Steps elsewhere' },
    'policyTool { examples { exampleId } }',
  );
  return { toolId, exampleId: proposed.policyTool.examples[0].exampleId };
}

type Prepared = { toolId: string; exampleId: string | null };

const row = (
  mutation: string,
  expected: Row['expected'],
  stage: 'draft' | 'released' | 'proposed' | null,
  input: (p: Prepared) => Record<string, unknown>,
): Row<Prepared> => ({
  mutation,
  ...(stage ? { prepare: (api: TestApi, actors: TableActors) => toolOfState(api, actors, stage) } : {}),
  run: (api: TestApi, actor: TableActor, prepared: Prepared) =>
    mutateRaw(api, actor.token, mutation, `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`, input(prepared ?? { toolId: '', exampleId: null })),
  expected,
});

/** One row per policy tool mutation, for table.ts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of different prepared types share one table
export const policyToolRows: Row<any>[] = [
  row('draftPolicyTool', SIGNED_IN, null, () => TABLE_TOOL),
  row('revisePolicyTool', OWNER_ONLY, 'draft', ({ toolId }) => ({ toolId, content: { ...TABLE_TOOL.content, summary: 'Revised.' } })),
  row('releasePolicyToolEdition', OWNER_ONLY, 'draft', ({ toolId }) => ({ toolId, releaseNotes: 'First.' })),
  row('addPolicyToolTranslation', OWNER_ONLY, 'released', ({ toolId }) => ({ toolId, language: 'fr', title: 'Guide de la table', complete: false })),
  row('proposePolicyToolExample', SIGNED_IN, 'released', ({ toolId }) => ({ toolId, sectionKey: 'steps', url: 'https://www.example.org/more', title: 'More' })),
  row('acceptPolicyToolExample', OWNER_ONLY, 'proposed', ({ toolId, exampleId }) => ({ toolId, exampleId })),
  {
    mutation: 'setMigrationProfileGuidance',
    // a new checklist each time (the same one again records nothing, and would look allowed)
    run: (api: TestApi, actor: TableActor) =>
      mutateRaw(api, actor.token, 'setMigrationProfileGuidance', 'SetMigrationProfileGuidanceInput', {
        steps: [{ key: `step-${Date.now()}`, title: 'A step' }],
      }),
    expected: SUPPORT_UNIT_ONLY,
  },
  row('declinePolicyToolExample', OWNER_ONLY, 'proposed', ({ toolId, exampleId }) => ({ toolId, exampleId, reason: 'Not for this guide.' })),
];
