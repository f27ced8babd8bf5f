import { foldedHistory, historyResolver, listText, type HistorySource } from '@pfp/contributions';
import type { EventStore } from '@pfp/event-store';
import { parseGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import { isPoster, type CallForActionState } from '../domain/call-for-action';
import { callForActionAggregate } from '../domain/decide';

/** A call as text fields: what its history shows changing (the posters who confirmed; a response is one field per organisation: status · offer · message). */
function callFields(state: CallForActionState): Record<string, string> | null {
  if (state.status === 'NONE') return null;
  const c = state.call;
  const fields: Record<string, string> = {
    title: c.title,
    description: c.description,
    kind: c.kind,
    status: state.status,
    themes: listText(c.themes),
    countries: listText(c.countries),
    deadline: c.deadline ?? '',
    posters: listText(c.posters.filter((p) => p.confirmed).map((p) => p.organizationId)),
  };
  for (const r of c.responses) fields[`response.${r.organizationId}`] = `${r.status} · ${r.offerKind} · ${r.message}`;
  return fields;
}

/** Calls are public, and so is their history; why a response was declined only its posters and that responder read. */
export function callHistory(store: EventStore): HistorySource {
  return {
    category: callForActionAggregate.category,
    async entries(id, actor) {
      parseGlobalId(id, callForActionAggregate.category);
      const events = await store.readStream(id);
      let state: CallForActionState = { status: 'NONE' };
      return foldedHistory(callForActionAggregate, events, callFields, (e) => {
        state = callForActionAggregate.evolve(state, { type: e.type, data: e.data } as never);
        if (e.type !== 'ResponseDeclined' || !actor || state.status === 'NONE') return null;
        const { organizationId, reason } = e.data as { organizationId: string; reason: string };
        return actor.organizationId === organizationId || isPoster(state.call, actor.organizationId) ? reason : null;
      });
    },
  };
}

/** `history(id)` of every registered source (the query is contributions'; the actor is identity's). */
export const HistoryResolver = historyResolver(CurrentActor);
