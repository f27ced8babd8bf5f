import { documentProjection, type DocumentHandlers } from '@pfp/event-sourcing';
import { regionCodesOfCountries } from '@pfp/taxonomy';
import { currentEdition, evolvePolicyTool, type PolicyTool, type PolicyToolEvent, type PolicyToolState } from '../domain/policy-tool';

export const POLICY_TOOL_DETAILS = 'policy-tool-details';
export const POLICY_TOOL_DETAILS_TABLES = ['policy_tools'];

/** What policy-tool-details keeps of a tool: all of it, with where it stands and what readers filter on. */
export interface PolicyToolDocument extends PolicyTool {
  status: 'DRAFT' | 'RELEASED';
  /** UN M49 regions of the current edition's countries (the profiles repository lists by region). */
  regions: string[];
  /** The practices the current edition gives as examples ("a practice shows the tools that cite it"). */
  citedPractices: string[];
}

export interface PolicyToolRow {
  doc: PolicyToolDocument;
  revision: number;
}

const stateOf = (doc: PolicyToolDocument | null): PolicyToolState => {
  if (!doc) return { status: 'NONE' };
  const { status, regions: _regions, citedPractices: _cited, ...tool } = doc;
  return { status, tool };
};

export function documentOf(state: Exclude<PolicyToolState, { status: 'NONE' }>): PolicyToolDocument {
  const edition = currentEdition(state.tool);
  const countries = edition?.content.countries ?? [];
  const cited = new Set((edition?.content.sections ?? []).flatMap((s) => s.examples.map((e) => e.practiceId).filter((id): id is string => id !== null)));
  return { ...state.tool, status: state.status, regions: regionCodesOfCountries(countries), citedPractices: [...cited].sort() };
}

const evolve = (doc: PolicyToolDocument | null, event: PolicyToolEvent): PolicyToolDocument | null => {
  const next = evolvePolicyTool(stateOf(doc), event);
  return next.status === 'NONE' ? null : documentOf(next);
};

export const policyToolDetailsHandlers: DocumentHandlers<PolicyToolDocument, PolicyToolEvent> = {
  PolicyToolDrafted: evolve,
  PolicyToolRevised: evolve,
  PolicyToolEditionReleased: evolve,
  PolicyToolTranslationAdded: evolve,
  PolicyToolExampleProposed: evolve,
  PolicyToolExampleAccepted: evolve,
  PolicyToolExampleDeclined: evolve,
};

const released = (d: PolicyToolDocument) => currentEdition(d)?.content ?? null;

/** One row per tool: its document, and the columns the library, the repository and the search filter on. */
export const policyToolDetailsProjection = documentProjection<PolicyToolDocument, PolicyToolEvent>({
  name: POLICY_TOOL_DETAILS,
  table: 'policy_tools',
  category: 'policyTool',
  handlers: policyToolDetailsHandlers,
  columns: [
    { name: 'kind', type: 'text', value: (d) => d.kind },
    { name: 'status', type: 'text', value: (d) => d.status },
    { name: 'owner_organization_id', type: 'text', value: (d) => d.ownerOrganizationId },
    { name: 'title', type: 'text', value: (d) => released(d)?.title ?? d.draft.title },
    { name: 'current_edition', type: 'int', value: (d) => d.editions.length },
    { name: 'released_at', type: 'timestamptz', value: (d) => currentEdition(d)?.releasedAt ?? null },
    { name: 'year', type: 'int', value: (d) => released(d)?.year ?? null },
    {
      name: 'search_text',
      type: 'text',
      value: (d) => {
        const c = released(d);
        return c
          ? [c.title, c.summary, ...c.sections.flatMap((s) => [s.title, s.body]), ...d.translations.map((t) => `${t.title} ${t.summary}`)].join('\n')
          : '';
      },
    },
  ],
});
