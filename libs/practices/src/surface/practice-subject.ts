import { declareFollowSubjectKind, statesAfter, type FeedTexts, type FollowableSubject, type LiveMapping } from '@pfp/contributions';
import type { EventStore } from '@pfp/event-store';
import type { DataSource } from 'typeorm';
import { PRACTICE_CATEGORY, type PracticeEvent } from '../domain/practice';
import { practiceAggregate } from '../domain/practice-aggregate';

export const PRACTICE_SUBJECT_KIND = declareFollowSubjectKind('PRACTICE');

// Drafts and revisions in review are not public: followers hear of publication, translation, archiving, co-authors.
const told = (text: string) => () => ({ text, metrics: [] });
const FEED_TEXTS: FeedTexts<PracticeEvent> = {
  PracticePublished: told('practice published'),
  PracticeArchived: told('practice archived'),
  PracticeTranslationAdded: told('practice translation added'),
  PracticeTranslationRevised: told('practice translation revised'),
  PracticeCoAuthorInvited: told('a partner organisation is invited to co-author the practice: its members accept or decline on the practice page'),
  PracticeCoAuthorshipAccepted: told('a partner organisation is now co-author of the practice'),
};

/** A published practice can be followed by anyone signed in; its title is its text's. */
export function practiceSubject(dataSource: DataSource): FollowableSubject<PracticeEvent> {
  return {
    category: PRACTICE_CATEGORY,
    kind: PRACTICE_SUBJECT_KIND,
    mayFollow: async (id) => (await dataSource.query(`SELECT 1 FROM practice_details WHERE id = $1 AND published_at IS NOT NULL`, [id])).length > 0,
    // the owner state and its accepted co-authors
    ownersOf: async (id) =>
      (
        (await dataSource.query(
          `SELECT owner_organization_id AS id FROM practice_details WHERE id = $1
           UNION ALL
           SELECT c->>'organizationId' FROM practice_details, jsonb_array_elements(coalesce(doc->'coAuthors', '[]')) c WHERE id = $1 AND c->>'status' = 'ACCEPTED'`,
          [id],
        )) as Array<{ id: string }>
      ).map((r) => r.id),
    changes: {
      PracticeDrafted: (d) => ({ title: d.content.title }),
      PracticeRevised: (d) => ({ title: d.content.title }),
    },
    feedTexts: FEED_TEXTS,
    // the invited organisation is told whether or not it follows the practice (a draft has no followers)
    addressees: { PracticeCoAuthorInvited: (d) => ({ organizations: [d.organizationId] }) },
  };
}

/** Practices have no subscription of their own: their news reach the live feed of their followers, under the published title. */
export function practiceLiveMapping(store: EventStore): LiveMapping {
  return {
    category: PRACTICE_CATEGORY,
    async map(events) {
      const states = await statesAfter(
        store,
        practiceAggregate,
        events.filter((e) => e.type in FEED_TEXTS),
      );
      return states.map(({ event, state }) => ({
        event,
        subject: { title: state.status === 'NONE' ? 'A practice you follow' : (state.published ?? state.working).title, readers: null },
      }));
    },
  };
}
