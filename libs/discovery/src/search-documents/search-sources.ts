import { callDetailsProjection, type CallDocument } from '@pfp/calls-for-action';
import { documentProjection, type DocumentHandlers, type DocumentProjection } from '@pfp/event-sourcing';
import type { DomainEvent } from '@pfp/kernel';
import { projectDetailsProjection, readersOf, type ProjectDocument } from '@pfp/partnership-projects';
import { policyToolDetailsProjection, type PolicyToolDocument } from '@pfp/policy-tools';
import { practiceDetailsProjection, type PracticeContent, type PracticeDetails } from '@pfp/practices';
import { searchColumns, type SearchEntry, type SearchKind } from './search-entry';
import { textVectorSql } from '@pfp/practices';

export const SEARCH_DOCUMENTS = 'search-documents';
export const SEARCH_DOCUMENTS_TABLES = ['search_documents'];

/** Calls and projects name no language: their texts are indexed as English, the platform's working language. */
const UNSTATED_LANGUAGE = 'en';

const HIDDEN: Omit<SearchEntry, 'path'> = {
  visible: false,
  title: '',
  summary: '',
  status: '',
  texts: [],
  themes: [],
  countries: [],
  organizations: [],
  readers: null,
  publishedAt: null,
};

/** A practice's public text only: published, not archived; the contact is never kept here. */
function practiceEntry(d: PracticeDetails): SearchEntry {
  const path = `/practices/${d.id}`;
  const text = d.published;
  if (!text || d.status === 'ARCHIVED') return { ...HIDDEN, path };
  return {
    visible: true,
    title: text.title,
    summary: text.summary,
    path,
    status: 'PUBLISHED',
    texts: [
      { language: text.language, title: text.title, summary: text.summary, body: text.body },
      ...d.translations.map((t) => ({ language: t.language, title: t.title, summary: t.summary, body: t.body })),
    ],
    themes: text.themes,
    countries: text.countries,
    organizations: [d.ownerOrganizationId],
    readers: null,
    publishedAt: d.publishedAt,
  };
}

/** A call once every poster confirmed it (PENDING is not posted yet), open, closed or converted. */
function callEntry(d: CallDocument): SearchEntry {
  const path = `/calls/${d.id}`;
  if (d.status === 'PENDING') return { ...HIDDEN, path };
  return {
    visible: true,
    title: d.title,
    summary: d.description,
    path,
    status: d.status,
    texts: [{ language: UNSTATED_LANGUAGE, title: d.title, summary: d.description, body: '' }],
    themes: d.themes,
    countries: d.countries,
    organizations: d.posters.map((p) => p.organizationId),
    readers: null,
    publishedAt: d.postedAt,
  };
}

/** Every project, with who may read it as the project read model decides it (readersOf): a PARTNERS-only one only its partners. */
function projectEntry(d: ProjectDocument): SearchEntry {
  return {
    visible: true,
    title: d.title,
    summary: d.summary,
    path: `/projects/${d.id}`,
    status: d.status,
    texts: [{ language: UNSTATED_LANGUAGE, title: d.title, summary: d.summary, body: d.objectives.join('\n') }],
    themes: d.themes,
    countries: d.countries,
    organizations: d.partners.map((p) => p.organizationId),
    readers: readersOf(d),
    publishedAt: d.launchedAt,
  };
}

/** A tool's current edition and its translations; a tool never released is not shown. */
function policyToolEntry(d: PolicyToolDocument): SearchEntry {
  const path = `/tools/${d.id}`;
  const edition = d.editions[d.editions.length - 1];
  if (d.status !== 'RELEASED' || !edition) return { ...HIDDEN, path };
  const c = edition.content;
  const body = (sections: Array<{ title: string; body: string }>) => sections.map((s) => `${s.title}\n${s.body}`).join('\n');
  return {
    visible: true,
    title: c.title,
    summary: c.summary,
    path,
    status: d.status,
    texts: [
      { language: c.language, title: c.title, summary: c.summary, body: body(c.sections) },
      ...d.translations
        .filter((t) => t.edition === edition.number)
        .map((t) => ({ language: t.language, title: t.title, summary: t.summary, body: body(t.sections) })),
    ],
    themes: c.themes,
    countries: c.countries,
    organizations: [...new Set([d.ownerOrganizationId, ...d.contributors.map((x) => x.organizationId)])],
    readers: null,
    publishedAt: edition.releasedAt,
  };
}

const withoutContact = (content: PracticeContent): PracticeContent => ({ ...content, contact: null });

/** Practice documents keep no contact (sealed personal data stays in practice-details). */
const practiceHandlers = Object.fromEntries(
  Object.entries(practiceDetailsProjection.readModel.handlers).map(([type, handler]) => [
    type,
    handler &&
      ((doc: PracticeDetails | null, event: never) => {
        const next = (handler as (d: PracticeDetails | null, e: never) => PracticeDetails | null)(doc, event);
        return next && { ...next, working: withoutContact(next.working), published: next.published && withoutContact(next.published) };
      }),
  ]),
) as typeof practiceDetailsProjection.readModel.handlers;

/**
 * One kind's rows of search_documents: its context's own document, moved by the handlers its
 * details read model exports (so search follows the context's rules, not a copy of them), and
 * the search columns from it. Every kind writes the same table and the same columns.
 */
function searchSource<Doc, E extends DomainEvent>(
  kind: SearchKind,
  details: { readModel: { category: string; handlers: DocumentHandlers<Doc, E> } },
  entryOf: (doc: Doc) => SearchEntry,
): DocumentProjection<Doc, E> {
  return documentProjection<Doc, E>({
    name: `${SEARCH_DOCUMENTS}:${kind}`,
    table: 'search_documents',
    category: details.readModel.category,
    handlers: details.readModel.handlers,
    columns: searchColumns(kind, entryOf),
    computed: {
      document: `CASE WHEN r.visible THEN ${textVectorSql('r.texts')} ELSE ''::tsvector END`,
      // title and summary (weights A and B): what relevance ranks on
      head: `ts_filter(c_document.document, '{a,b}')`,
      // rises with every write: what the in-memory indexes of the API processes follow (search-documents-index.ts)
      change_seq: `nextval('search_documents_change_seq')`,
    },
  });
}

/**
 * A project's entry reads none of its updates: an update neither rewrites nor re-indexes its row
 * (the row kept every update in its document, and each post moved change_seq, which every API's
 * in-memory index follows). A later event still applies: rows are guarded by revision, not by
 * contiguity.
 */
const projectSearchHandlers: typeof projectDetailsProjection.readModel.handlers = { ...projectDetailsProjection.readModel.handlers, ProjectUpdatePosted: null };

export const SEARCH_SOURCES = [
  searchSource('PRACTICE', { readModel: { ...practiceDetailsProjection.readModel, handlers: practiceHandlers } }, practiceEntry),
  searchSource('CALL_FOR_ACTION', callDetailsProjection, callEntry),
  searchSource('PARTNERSHIP_PROJECT', { readModel: { ...projectDetailsProjection.readModel, handlers: projectSearchHandlers } }, projectEntry),
  searchSource('POLICY_TOOL', policyToolDetailsProjection, policyToolEntry),
] as const;
