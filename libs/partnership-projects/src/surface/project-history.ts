import { foldedHistory, listText, type HistorySource } from '@pfp/contributions';
import type { EventStore } from '@pfp/event-store';
import { parseGlobalId } from '@pfp/graphql';
import { partnershipProjectAggregate } from '../domain/decide';
import { readersOf, type PartnershipProjectState } from '../domain/partnership-project';

/** A project as text fields: what its history shows changing (partners and milestones one field each). */
function projectFields(state: PartnershipProjectState): Record<string, string> | null {
  if (state.status === 'NONE') return null;
  const p = state.project;
  const fields: Record<string, string> = {
    title: p.title,
    summary: p.summary,
    objectives: p.objectives.join('\n'),
    status: state.status,
    visibility: p.visibility,
    themes: listText(p.themes),
    countries: listText(p.countries),
    startsOn: p.startsOn ?? '',
    endsOn: p.endsOn ?? '',
  };
  for (const partner of p.partners) fields[`partner.${partner.organizationId}`] = partner.role;
  for (const m of p.milestones) fields[`milestone.${m.id}`] = `${m.title} · ${m.plannedOn}${m.reachedOn ? ` · ${m.reachedOn}` : ''}`;
  if (p.updates.length) fields.updates = String(p.updates.length);
  return fields;
}

/** A project's history is read by whoever may read the project as it stands (a PARTNERS project: its lead and partners). */
export function projectHistory(store: EventStore): HistorySource {
  return {
    category: partnershipProjectAggregate.category,
    async entries(id, actor) {
      parseGlobalId(id, partnershipProjectAggregate.category);
      const events = await store.readStream(id);
      const entries = foldedHistory(partnershipProjectAggregate, events, projectFields, (e) =>
        e.type === 'ProjectCancelled' ? ((e.data as { reason?: string }).reason ?? null) : null,
      );
      let state = partnershipProjectAggregate.initialState();
      for (const e of events) state = partnershipProjectAggregate.evolve(state, { type: e.type, data: e.data } as never);
      if (state.status === 'NONE') return [];
      const readers = readersOf(state.project);
      return readers === null || (actor && readers.includes(actor.organizationId)) ? entries : [];
    },
  };
}
