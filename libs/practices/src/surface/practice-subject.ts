import { declareFollowSubjectKind, type FollowableSubject, type LiveMapping } from '@pfp/contributions';
import type { DataSource } from 'typeorm';
import { PRACTICE_CATEGORY, type PracticeEvent } from '../domain/practice';

export const PRACTICE_SUBJECT_KIND = declareFollowSubjectKind('PRACTICE');

// Drafts and revisions in review are not public: followers hear of publication, translation, archiving.
const told = (text: string) => () => ({ text, metrics: [] });

/** A published practice can be followed by anyone signed in; its title is its text's. */
export function practiceSubject(dataSource: DataSource): FollowableSubject<PracticeEvent> {
  return {
    category: PRACTICE_CATEGORY,
    kind: PRACTICE_SUBJECT_KIND,
    mayFollow: async (id) => (await dataSource.query(`SELECT 1 FROM practice_details WHERE id = $1 AND published_at IS NOT NULL`, [id])).length > 0,
    changes: {
      PracticeDrafted: (d) => ({ title: d.content.title }),
      PracticeRevised: (d) => ({ title: d.content.title }),
    },
    feedTexts: {
      PracticePublished: told('practice published'),
      PracticeArchived: told('practice archived'),
      PracticeTranslationAdded: told('practice translation added'),
    },
  };
}

/** Practices have no subscription of their own: their news reach the live feed of their followers. */
export const practiceLiveMapping: LiveMapping = {
  category: PRACTICE_CATEGORY,
  map: async (events) =>
    events.map((event) => {
      const content = (event.data as { content?: { title?: unknown } } | null)?.content;
      return { event, subject: { title: typeof content?.title === 'string' ? content.title : 'A practice you follow', readers: null } };
    }),
};
