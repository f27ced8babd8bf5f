import { presentPractice, type PracticeNode } from '../shared/practice.types';
import { isVisible, type PracticeSearchDocument } from './practice-search.projection';

/** A row of practice_search as a visitor sees it (search, similar practices, open data); null when not public. */
export function presentSearchResult(doc: PracticeSearchDocument, revision: number): PracticeNode | null {
  if (!isVisible(doc)) return null;
  const node = presentPractice({ ...doc, working: doc.published, changesRequested: null }, revision, null);
  // search keeps no contact nor co-authors: `undefined` has their fields look them up in practice-details
  return node && { ...node, sealedContact: undefined, coAuthorEntries: undefined };
}
