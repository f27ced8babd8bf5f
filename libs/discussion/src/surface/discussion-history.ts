import { foldedHistory, type HistorySource } from '@pfp/contributions';
import type { EventStore } from '@pfp/event-store';
import { parseGlobalId } from '@pfp/graphql';
import { discussionAggregate } from '../domain/decide';
import { DISCUSSION_CATEGORY, type DiscussionState } from '../domain/discussion';
import type { DiscussionSubjects } from '../shared/subjects';

/** A discussion as text fields, one per comment: its text, or what became of it (hidden texts stay out of the public history). */
function discussionFields(state: DiscussionState): Record<string, string> | null {
  if (state.status === 'NONE') return null;
  const fields: Record<string, string> = {};
  for (const c of Object.values(state.comments)) {
    const status = c.deletedAt ? 'deleted' : c.moderation.hidden ? 'hidden by the Support Unit' : c.body;
    fields[`comment.${c.id}`] = `${c.authorOrganizationId}${c.parentId ? ` (reply to ${c.parentId})` : ''}: ${status}`;
  }
  return fields;
}

/** `history(discussion-<uuid>)`: every comment, edit, deletion, report and decision, with its actor; for those who may read the subject. */
export function discussionHistory(store: EventStore, subjects: DiscussionSubjects): HistorySource {
  return {
    category: DISCUSSION_CATEGORY,
    async entries(id, actor) {
      parseGlobalId(id, DISCUSSION_CATEGORY);
      const events = await store.readStream(id);
      const subjectId = (events[0]?.data as { subjectId?: string } | undefined)?.subjectId;
      if (!subjectId) return [];
      try {
        await subjects.requireReadable(subjectId, actor);
      } catch {
        return [];
      }
      // why something was hidden or reported: the Support Unit's to read here
      return foldedHistory(discussionAggregate, events, discussionFields, (e) =>
        actor?.organizationKind === 'SUPPORT_UNIT' && (e.type === 'ContentHidden' || e.type === 'ContentReported')
          ? (e.data as { reason: string }).reason
          : null,
      );
    },
  };
}
