import { foldedHistory, listText, type HistorySource } from '@pfp/contributions';
import type { EventStore } from '@pfp/event-store';
import { parseGlobalId } from '@pfp/graphql';
import { policyToolAggregate } from '../domain/decide';
import { mayEdit, type PolicyToolState, type ToolContent } from '../domain/policy-tool';
import { profileGuidanceAggregate } from '../domain/profile-guidance';

const contentFields = (prefix: string, c: ToolContent): Record<string, string> => {
  const fields: Record<string, string> = {
    [`${prefix}title`]: c.title,
    [`${prefix}summary`]: c.summary,
    [`${prefix}themes`]: listText(c.themes),
    [`${prefix}countries`]: listText(c.countries),
    [`${prefix}languages`]: listText(c.languages),
  };
  for (const s of c.sections) {
    fields[`${prefix}section.${s.key}`] = `${s.title}\n${s.body}`;
    if (s.examples.length) fields[`${prefix}section.${s.key}.examples`] = listText(s.examples.map((e) => e.practiceId ?? e.url ?? ''));
  }
  return fields;
};

/** A tool as text fields: what its history shows changing (the draft as `draft.*`, the current edition plain; examples one field each). */
function toolFields(state: PolicyToolState, showDraft: boolean): Record<string, string> | null {
  if (state.status === 'NONE') return null;
  const t = state.tool;
  const current = t.editions[t.editions.length - 1];
  const fields: Record<string, string> = {
    kind: t.kind,
    status: state.status,
    edition: String(current?.number ?? 0),
    contributors: listText(t.contributors.map((c) => `${c.organizationId} ${c.role}`)),
    ...(current ? contentFields('', current.content) : {}),
    ...(showDraft ? contentFields('draft.', t.draft) : {}),
  };
  for (const e of t.examples)
    if (showDraft || e.status === 'ACCEPTED') fields[`example.${e.exampleId}`] = `${e.status} · ${e.sectionKey} · ${e.practiceId ?? e.url}`;
  for (const tr of t.translations) fields[`translation.${tr.language}.${tr.edition}`] = `${tr.complete ? 'complete' : 'partial'} · ${tr.title}`;
  return fields;
}

/** A released tool's history is public; its drafts (and proposals) only its owner and editors read; a decline's reason, the owner and the proposer. */
export function policyToolHistory(store: EventStore): HistorySource {
  return {
    category: policyToolAggregate.category,
    async entries(id, actor) {
      parseGlobalId(id, policyToolAggregate.category);
      const events = await store.readStream(id);
      let last: PolicyToolState = { status: 'NONE' };
      for (const e of events) last = policyToolAggregate.evolve(last, { type: e.type, data: e.data } as never);
      if (last.status === 'NONE') return [];
      const editor = actor !== null && mayEdit(last.tool, actor.organizationId);
      if (last.status !== 'RELEASED' && !editor) return [];
      let state: PolicyToolState = { status: 'NONE' };
      return foldedHistory(
        policyToolAggregate,
        events,
        (s) => toolFields(s, editor),
        (e) => {
          state = policyToolAggregate.evolve(state, { type: e.type, data: e.data } as never);
          if (e.type !== 'PolicyToolExampleDeclined' || !actor || state.status === 'NONE') return null;
          const { exampleId, reason } = e.data as { exampleId: string; reason: string };
          const example = state.tool.examples.find((x) => x.exampleId === exampleId);
          return actor.organizationId === state.tool.ownerOrganizationId || actor.organizationId === example?.proposedBy ? reason : null;
        },
      );
    },
  };
}

/** The repository's guidance checklist is public, and so is its history: one field per step. */
export function profileGuidanceHistory(store: EventStore): HistorySource {
  return {
    category: profileGuidanceAggregate.category,
    async entries(id) {
      parseGlobalId(id, profileGuidanceAggregate.category);
      return foldedHistory(profileGuidanceAggregate, await store.readStream(id), (state) => {
        if (state.status === 'NONE') return null;
        const fields: Record<string, string> = { maintainers: listText(state.guidance.maintainers) };
        state.guidance.steps.forEach((s, i) => (fields[`step.${s.key}`] = `${i + 1}. ${s.title}`));
        return fields;
      });
    },
  };
}
