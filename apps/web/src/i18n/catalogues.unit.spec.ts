import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HISTORY_FIELDS, HISTORY_PARTS } from '../history/fields';
import { CATALOGUES, LANGUAGES } from './catalogues';

const SOURCE = join(__dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? entry.name === 'gql'
        ? []
        : sources(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts')
        ? [join(dir, entry.name)]
        : [],
  );
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((found) => found[1]).sort();

/** Keys built at run time from enum values: every value must have its string. */
const DYNAMIC: Record<string, string[]> = {
  callKind: ['TRAINING', 'INFORMATION', 'EXPERTISE', 'FUNDING', 'PARTNERSHIP', 'OTHER'],
  callStatus: ['OPEN', 'CLOSED', 'CONVERTED', 'PENDING'],
  responseStatus: ['ACTIVE', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  'history.field': [...HISTORY_FIELDS],
  'history.part': [...HISTORY_PARTS],
  status: ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED', 'ARCHIVED'],
  implementation: ['PLANNED', 'ONGOING', 'COMPLETED'],
  language: [...LANGUAGES],
  orgKind: ['STATE', 'INTERNATIONAL_ORGANIZATION', 'CIVIL_SOCIETY', 'PRIVATE_SECTOR', 'ACADEMIA', 'SUPPORT_UNIT'],
  projectStatus: ['ACTIVE', 'COMPLETED', 'CANCELLED'],
  partnerRole: ['LEAD', 'PARTNER', 'FUNDER', 'IMPLEMENTER'],
  'projects.order': ['NEWEST', 'TITLE'],
  'projects.visibility': ['PUBLIC', 'PARTNERS'],
  resource: ['DOCUMENT', 'VIDEO', 'WEB_PAGE'],
  role: ['MEMBER', 'ADMIN'],
  frequency: ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'NONE'],
  'home.stat': ['publishedPractices', 'sharingStates', 'callsForAction', 'activeProjects'],
  'search.facet': ['theme', 'country', 'region', 'implementationStatus'],
  'search.order': ['RELEVANCE', 'NEWEST', 'TITLE'],
  'practice.field': ['title', 'summary', 'body'],
  'searchAll.kind': ['PRACTICE', 'CALL_FOR_ACTION', 'PARTNERSHIP_PROJECT', 'POLICY_TOOL'],
  'searchAll.facet': ['kind', 'theme', 'gcmObjective', 'sdgTarget', 'region', 'country', 'organization'],
  'quality.status': ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'MET', 'NO_TARGETS'],
  'quality.assessment': ['AWAITING_REVIEW', 'PARTLY_CONFIRMED', 'QUESTIONED', 'CONFIRMED'],
  'quality.verdict': ['CONFIRMED', 'QUESTIONED'],
  event: [
    'PracticeDrafted',
    'PracticeRevised',
    'PracticeSubmitted',
    'PracticePublished',
    'PracticeChangesRequested',
    'PracticeArchived',
    'PracticeTranslationAdded',
    'PracticeTranslationRevised',
    'PracticeInterestExpressed',
    'CallForActionPosted',
    'CoPostingConfirmed',
    'CallForActionResponded',
    'ResponseEdited',
    'ResponseWithdrawn',
    'ResponseAccepted',
    'ResponseDeclined',
    'CallForActionEdited',
    'CallForActionClosed',
    'CallForActionConverted',
  ],
};

describe('translation catalogues', () => {
  const english = CATALOGUES.en;

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has every English key, none empty, with the same placeholders', (language) => {
    const catalogue = CATALOGUES[language];
    const missing = Object.keys(english).filter((key) => !catalogue[key]?.trim());
    expect(missing).toEqual([]);
    const extra = Object.keys(catalogue).filter((key) => !(key in english));
    expect(extra).toEqual([]);
    const wrongPlaceholders = Object.keys(english).filter((key) => variables(english[key]).join() !== variables(catalogue[key] ?? '').join());
    expect(wrongPlaceholders).toEqual([]);
  });

  it('has a string for every key the site uses', () => {
    const used = new Set<string>();
    for (const file of sources(SOURCE)) {
      const text = readFileSync(file, 'utf8');
      for (const found of text.matchAll(/\bt\('([a-zA-Z]+\.[\w.]+)'/g)) used.add(found[1]);
    }
    for (const [prefix, values] of Object.entries(DYNAMIC)) for (const value of values) used.add(`${prefix}.${value}`);
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !(key in english)).sort()).toEqual([]);
  });
});
