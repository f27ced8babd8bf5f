import { checkText } from '@pfp/kernel';
import type { Contributor, PolicyToolKind, SectionExample, ToolContent, TranslationSection } from './policy-tool';
import { CONTRIBUTOR_ROLES, isProfileKind, TOOL_LANGUAGES } from './policy-tool';

/** The real limits (inputs only bound transport), so that every entry point refuses alike, naming the field. */
export const LIMITS = {
  title: 200,
  summary: 2_000,
  sections: 60,
  sectionTitle: 200,
  body: 50_000,
  examples: 50,
  exampleTitle: 300,
  url: 2_000,
  note: 1_000,
  reason: 1_000,
  releaseNotes: 2_000,
  dataSources: 50,
  dataSource: 300,
  contributors: 30,
} as const;

export const SECTION_KEY = /^[a-z0-9][a-z0-9-]{0,59}$/;

type Faults = Record<string, string>;

const text = (faults: Faults, field: string, value: string, max: number, required = false): void => {
  const reason = checkText(value, { max, required });
  if (reason) faults[field] = reason;
};

const isLanguage = (value: string): boolean => (TOOL_LANGUAGES as readonly string[]).includes(value);

/** An https address a reader may follow (no credentials, no other scheme). */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

export function exampleFaults(faults: Faults, prefix: string, e: SectionExample): void {
  if ((e.practiceId === null) === (e.url === null)) faults[prefix] = 'give either a practice or a link';
  if (e.url !== null && (e.url.length > LIMITS.url || !isHttpsUrl(e.url))) faults[`${prefix}.url`] = 'must be an https address';
  if (e.title !== null) text(faults, `${prefix}.title`, e.title, LIMITS.exampleTitle, e.url !== null);
  else if (e.url !== null) faults[`${prefix}.title`] = 'a link needs a title';
}

/** What the content of a draft or a revision must be; `ownerCountry` binds a migration profile to its country. */
export function contentFaults(kind: PolicyToolKind, c: ToolContent, ownerCountry: string | null, prefix = 'content'): Faults {
  const faults: Faults = {};
  text(faults, `${prefix}.title`, c.title, LIMITS.title, true);
  text(faults, `${prefix}.summary`, c.summary, LIMITS.summary);
  if (!isLanguage(c.language)) faults[`${prefix}.language`] = `must be one of ${TOOL_LANGUAGES.join(', ')}`;
  c.languages.forEach((l, i) => {
    if (!isLanguage(l)) faults[`${prefix}.languages.${i}`] = `must be one of ${TOOL_LANGUAGES.join(', ')}`;
  });
  if (c.sections.length > LIMITS.sections) faults[`${prefix}.sections`] = `at most ${LIMITS.sections} sections`;
  c.sections.forEach((s, i) => {
    const at = `${prefix}.sections.${i}`;
    if (!SECTION_KEY.test(s.key)) faults[`${at}.key`] = 'lower-case letters, digits and hyphens, at most 60';
    else if (c.sections.findIndex((o) => o.key === s.key) < i) faults[`${at}.key`] = 'repeats the key of another section';
    text(faults, `${at}.title`, s.title, LIMITS.sectionTitle, true);
    text(faults, `${at}.body`, s.body, LIMITS.body);
    if (s.examples.length > LIMITS.examples) faults[`${at}.examples`] = `at most ${LIMITS.examples} examples`;
    s.examples.forEach((e, j) => exampleFaults(faults, `${at}.examples.${j}`, e));
  });
  if (c.dataSources.length > LIMITS.dataSources) faults[`${prefix}.dataSources`] = `at most ${LIMITS.dataSources}`;
  c.dataSources.forEach((d, i) => text(faults, `${prefix}.dataSources.${i}`, d, LIMITS.dataSource, true));
  if (c.year !== null && (!Number.isInteger(c.year) || c.year < 1900 || c.year > 2100)) faults[`${prefix}.year`] = 'must be a year from 1900 to 2100';
  if (isProfileKind(kind)) {
    if (!ownerCountry || c.countries.length !== 1 || c.countries[0] !== ownerCountry)
      faults[`${prefix}.countries`] = `a migration profile is of its owner's country alone${ownerCountry ? ` (${ownerCountry})` : ''}`;
  } else if (c.preparationStep !== null) faults[`${prefix}.preparationStep`] = 'only migration profiles follow the preparation steps';
  return faults;
}

export function contributorFaults(contributors: Contributor[], ownerOrganizationId: string): Faults {
  const faults: Faults = {};
  if (contributors.length > LIMITS.contributors) faults.contributors = `at most ${LIMITS.contributors}`;
  contributors.forEach((c, i) => {
    if (!(CONTRIBUTOR_ROLES as readonly string[]).includes(c.role)) faults[`contributors.${i}.role`] = `must be one of ${CONTRIBUTOR_ROLES.join(', ')}`;
    if (c.organizationId === ownerOrganizationId) faults[`contributors.${i}.organizationId`] = 'the owner is not its own contributor';
    else if (contributors.findIndex((o) => o.organizationId === c.organizationId) < i)
      faults[`contributors.${i}.organizationId`] = 'repeats another contributor';
  });
  return faults;
}

export function translationFaults(t: { title: string; summary: string; sections: TranslationSection[] }, sectionKeys: string[]): Faults {
  const faults: Faults = {};
  text(faults, 'title', t.title, LIMITS.title, true);
  text(faults, 'summary', t.summary, LIMITS.summary);
  t.sections.forEach((s, i) => {
    if (!sectionKeys.includes(s.key)) faults[`sections.${i}.key`] = 'no such section in that edition';
    else if (t.sections.findIndex((o) => o.key === s.key) < i) faults[`sections.${i}.key`] = 'repeats another section';
    text(faults, `sections.${i}.title`, s.title, LIMITS.sectionTitle, true);
    text(faults, `sections.${i}.body`, s.body, LIMITS.body);
  });
  return faults;
}
