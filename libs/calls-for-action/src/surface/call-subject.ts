import { declareFollowSubjectKind, statesAfter, type FollowableSubject, type LiveMapping } from '@pfp/contributions';
import type { EventStore } from '@pfp/event-store';
import type { DataSource } from 'typeorm';
import type { CallDetails, CallForActionEvent, CallStatus } from '../domain/call-for-action';
import { callForActionAggregate } from '../domain/decide';

export const CALL_SUBJECT_KIND = declareFollowSubjectKind('CALL_FOR_ACTION');
export const callTopic = (id: string): string => `pfp.call.${id}`;

/** What callForActionUpdated receives: the call just after the event. JSON only (it may cross Redis). */
export interface CallLiveMessage {
  type: string;
  revision: number;
  occurredAt: string;
  status: CallStatus;
  call: CallDetails;
}

const told = (text: string) => ({ text, metrics: [] });

/** Any call can be followed; its followers hear of responses, closing and conversion. */
export function callSubject(dataSource: DataSource): FollowableSubject<CallForActionEvent> {
  return {
    category: callForActionAggregate.category,
    kind: CALL_SUBJECT_KIND,
    mayFollow: async (id) => (await dataSource.query(`SELECT 1 FROM calls_for_action WHERE id = $1`, [id])).length > 0,
    // every poster of a joint call, confirmed or not
    ownersOf: async (id) =>
      (
        (await dataSource.query(`SELECT p->>'organizationId' AS id FROM calls_for_action, jsonb_array_elements(doc->'posters') p WHERE calls_for_action.id = $1`, [
          id,
        ])) as Array<{ id: string }>
      ).map((r) => r.id),
    changes: { CallForActionPosted: (d) => ({ title: d.title }) },
    feedTexts: {
      CallForActionResponded: () => told('A new response to the call.'),
      CallForActionClosed: (d) => told(d.closedBy === 'DEADLINE' ? 'The call closed at its deadline.' : 'The call was closed.'),
      CallForActionConverted: () => told('The call became a partnership project.'),
    },
  };
}

/** Each event publishes the call as it left it, and goes to the live feed of the call's followers. */
export function callLiveMapping(store: EventStore): LiveMapping {
  return {
    category: callForActionAggregate.category,
    async map(events) {
      const states = await statesAfter(store, callForActionAggregate, events);
      return states.flatMap(({ event, state }) => {
        if (state.status === 'NONE') return [];
        const payload: CallLiveMessage = {
          type: event.type,
          revision: event.revision,
          occurredAt: event.metadata.occurredAt,
          status: state.status,
          call: state.call,
        };
        return [{ event, message: { topic: callTopic(event.streamName), payload }, subject: { title: state.call.title, readers: null } }];
      });
    },
  };
}
