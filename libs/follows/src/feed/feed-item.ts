import type { Contributions } from '@pfp/contributions';
import type { SubjectKind } from '../domain/follows';

/** What a follower is told about one event of something it follows; JSON-safe (it crosses Redis). */
export interface FeedItemData {
  id: string;
  subjectId: string;
  subjectKind: SubjectKind;
  subjectTitle: string;
  type: string;
  text: string;
  metrics: Array<{ indicator: string; value: number }>;
  occurredAt: string;
}

/** The feed item of an event, from the texts its subject's context registered; null when followers are not told of it. */
export function feedItemOf(
  contributions: Contributions,
  event: { id: string; type: string; data: unknown; streamName: string; metadata: { occurredAt: string } },
  subjectTitle: string,
): FeedItemData | null {
  const subject = contributions.subjectOf(event.streamName);
  const described = subject ? contributions.feedTextOf(event) : null;
  if (!subject || !described) return null;
  return {
    id: event.id,
    subjectId: event.streamName,
    subjectKind: subject.kind,
    subjectTitle,
    type: event.type,
    ...described,
    occurredAt: event.metadata.occurredAt,
  };
}
