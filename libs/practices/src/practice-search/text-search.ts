import type { Language } from '../domain/practice';

/** The PostgreSQL text-search configuration of each UN language (Chinese has no stemmer: `simple`). */
export const TEXT_SEARCH_CONFIG: Record<Language, string> = {
  ar: 'arabic',
  en: 'english',
  es: 'spanish',
  fr: 'french',
  ru: 'russian',
  zh: 'simple',
};

const QUERY_CONFIGS = ['simple', ...new Set(Object.values(TEXT_SEARCH_CONFIG))].filter((c, i, all) => all.indexOf(c) === i);

/** The words or quoted phrases the search excludes (`-safeguarding`, `-"child labour"`), and the rest of it. */
export function splitExclusions(search: string): { rest: string; excluded: string[] } {
  const excluded: string[] = [];
  // websearch syntax: a `-` opens an exclusion at the start of a word, not inside one (well-being)
  const rest = search.replace(/(^|\s)-+("[^"]*"?|[^\s"]+)/g, (_match, space: string, term: string) => {
    excluded.push(term);
    return space;
  });
  return { rest: rest.trim(), excluded };
}

const inEveryConfig = (param: string): string => `(${QUERY_CONFIGS.map((config) => `websearch_to_tsquery('${config}', ${param})`).join(' || ')})`;

/**
 * The tsquery of a search, its parameters pushed onto `values`: what it looks for in every
 * configuration a document may be indexed in, OR-ed ("unaccompanied" is stemmed as English
 * for English texts and kept as is for Chinese ones); and each excluded word likewise built
 * in every configuration, OR-ed, and negated as a whole, so that `-safeguarding` excludes a
 * text indexed with the English stem `safeguard` as well as one indexed as written. (Negated
 * inside each configuration's query and then OR-ed, the simple one let English texts through.)
 * Null when there is nothing to search.
 */
export function searchTsQuerySql(search: string, values: unknown[]): string | null {
  const { rest, excluded } = splitExclusions(search);
  const parts: string[] = [];
  if (rest !== '') {
    values.push(rest);
    parts.push(inEveryConfig(`$${values.length}`));
  }
  for (const term of excluded) {
    values.push(term);
    parts.push(`!!${inEveryConfig(`$${values.length}`)}`);
  }
  return parts.length === 0 ? null : `(${parts.join(' && ')})`;
}

/** `(CASE <language> WHEN 'ar' THEN 'arabic' ... END)::regconfig`: the configuration of a text's language, in SQL. */
export function configSql(language: string): string {
  const cases = Object.entries(TEXT_SEARCH_CONFIG).map(([lang, config]) => `WHEN '${lang}' THEN '${config}'`);
  return `(CASE ${language} ${cases.join(' ')} ELSE 'simple' END)::regconfig`;
}

/**
 * The weighted tsvector of a list of texts held in a jsonb array (`{language, title, summary,
 * body}` each), computed in SQL where the row is written: title A, summary B, body C, each in
 * its language's configuration, concatenated in the list's order (so phrase positions do not
 * run from one text into the next). `headOnly` leaves the body out (what relevance ranks on).
 * practice_tsvector_agg is `||` as an aggregate (migration 1764500000003).
 */
export function textVectorSql(texts: string, headOnly = false): string {
  const config = configSql(`t->>'language'`);
  const parts = [`setweight(to_tsvector(${config}, t->>'title'), 'A')`, `setweight(to_tsvector(${config}, t->>'summary'), 'B')`];
  if (!headOnly) parts.push(`setweight(to_tsvector(${config}, t->>'body'), 'C')`);
  return `coalesce((SELECT practice_tsvector_agg(${parts.join(' || ')} ORDER BY n) FROM jsonb_array_elements(${texts}) WITH ORDINALITY AS x(t, n)), ''::tsvector)`;
}
