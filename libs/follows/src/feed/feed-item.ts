import { subjectKindOf, type SubjectKind } from '../domain/follows';

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

type Data = Record<string, unknown>;

// Drafts and revisions in review are not public: followers hear of publication, translation, archiving.
const PRACTICE_EVENTS = /Published|Archived|TranslationAdded/;

/** The feed line of an event, or null when followers are not told about it. */
export function describeEvent(type: string, data: Data): { text: string; metrics: FeedItemData['metrics'] } | null {
  switch (type) {
    case 'ProjectUpdatePosted':
      return { text: String(data.text), metrics: (data.metrics as FeedItemData['metrics']) ?? [] };
    case 'MilestoneReached':
      return { text: `Milestone reached on ${String(data.reachedOn)}.`, metrics: [] };
    case 'ProjectPartnerAdded':
      return { text: `A new ${String(data.role).toLowerCase()} joined the project.`, metrics: [] };
    case 'ProjectCompleted':
      return { text: 'The project is completed.', metrics: [] };
    case 'ProjectCancelled':
      return { text: `The project was cancelled: ${String(data.reason)}`, metrics: [] };
    case 'CallForActionResponded':
      return { text: 'A new response to the call.', metrics: [] };
    case 'CallForActionClosed':
      return { text: data.closedBy === 'DEADLINE' ? 'The call closed at its deadline.' : 'The call was closed.', metrics: [] };
    case 'CallForActionConverted':
      return { text: 'The call became a partnership project.', metrics: [] };
    default:
      return PRACTICE_EVENTS.test(type) && type.startsWith('Practice') ? { text: type.replace(/^Practice/, 'Practice ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(), metrics: [] } : null;
  }
}

export function feedItemOf(event: { id: string; type: string; data: unknown; streamName: string; metadata: { occurredAt: string } }, subjectTitle: string): FeedItemData | null {
  const subjectKind = subjectKindOf(event.streamName);
  if (!subjectKind) return null;
  const described = describeEvent(event.type, (event.data ?? {}) as Data);
  if (!described) return null;
  return { id: event.id, subjectId: event.streamName, subjectKind, subjectTitle, type: event.type, ...described, occurredAt: event.metadata.occurredAt };
}

/** The title an event gives its subject, when it names one. */
export function titleOf(data: unknown): string | null {
  const d = data as { title?: unknown; content?: { title?: unknown } } | null;
  if (d && typeof d.title === 'string') return d.title;
  return d && typeof d.content?.title === 'string' ? d.content.title : null;
}
