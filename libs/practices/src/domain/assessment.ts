import { checkText, isBlank } from '@pfp/kernel';

/*
 * The quality assessment of a practice (issue 18): the owner says, for each quality criterion,
 * whether and how the practice meets it, with evidence; the Support Unit confirms or questions
 * each answer as part of the review. Criteria are named by key (the quality context's).
 */

export const ASSESSMENT_LIMITS = { answers: 50, how: 2_000, evidence: 4_000, links: 10, link: 2_000, note: 2_000 } as const;
const CRITERION_KEY = /^[a-z][a-z0-9-]{1,59}$/;

export interface CriterionAnswer {
  criterionKey: string;
  meets: boolean;
  /** How the practice meets it (or why not). */
  how: string;
  evidence: string;
  /** https links to the evidence. */
  links: string[];
}

export const VERDICTS = ['CONFIRMED', 'QUESTIONED'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

export interface Verdict {
  criterionKey: string;
  verdict: VerdictKind;
  /** Required to question: what the owner should answer. */
  note: string;
}

export interface AssessedAnswer extends CriterionAnswer {
  verdict: VerdictKind | null;
  note: string | null;
}

export interface Assessment {
  answers: AssessedAnswer[];
  assessedAt: string | null;
}

export const NO_ASSESSMENT: Assessment = { answers: [], assessedAt: null };

function isHttpsUrl(link: string): boolean {
  try {
    return new URL(link).protocol === 'https:' && link.length <= ASSESSMENT_LIMITS.link;
  } catch {
    return false;
  }
}

/** The faults of the owner's answers, by field (`answers.2.links.0`). */
export function answerFaults(answers: CriterionAnswer[]): Record<string, string> {
  const faults: Record<string, string> = {};
  if (answers.length > ASSESSMENT_LIMITS.answers) faults.answers = `at most ${ASSESSMENT_LIMITS.answers}`;
  answers.forEach((a, i) => {
    const at = `answers.${i}`;
    if (!CRITERION_KEY.test(a.criterionKey)) faults[`${at}.criterionKey`] = 'must be the key of a quality criterion';
    else if (answers.findIndex((o) => o.criterionKey === a.criterionKey) < i) faults[`${at}.criterionKey`] = 'answers the same criterion twice';
    const how = checkText(a.how, { max: ASSESSMENT_LIMITS.how });
    if (how) faults[`${at}.how`] = how;
    else if (a.meets && isBlank(a.how)) faults[`${at}.how`] = 'say how the practice meets the criterion';
    const evidence = checkText(a.evidence, { max: ASSESSMENT_LIMITS.evidence });
    if (evidence) faults[`${at}.evidence`] = evidence;
    if (a.links.length > ASSESSMENT_LIMITS.links) faults[`${at}.links`] = `at most ${ASSESSMENT_LIMITS.links}`;
    a.links.forEach((link, j) => {
      if (!isHttpsUrl(link)) faults[`${at}.links.${j}`] = 'must be an https URL';
    });
  });
  return faults;
}

/** The faults of the reviewer's verdicts against the answers in review, by field (`verdicts.0.note`). */
export function verdictFaults(verdicts: Verdict[], assessment: Assessment): Record<string, string> {
  const faults: Record<string, string> = {};
  if (verdicts.length === 0) faults.verdicts = 'give a verdict on at least one answer';
  verdicts.forEach((v, i) => {
    const at = `verdicts.${i}`;
    if (!(VERDICTS as readonly string[]).includes(v.verdict)) faults[`${at}.verdict`] = `must be one of ${VERDICTS.join(', ')}`;
    if (!assessment.answers.some((a) => a.criterionKey === v.criterionKey)) faults[`${at}.criterionKey`] = 'the owner gave no answer to this criterion';
    else if (verdicts.findIndex((o) => o.criterionKey === v.criterionKey) < i) faults[`${at}.criterionKey`] = 'judges the same answer twice';
    const note = checkText(v.note, { max: ASSESSMENT_LIMITS.note });
    if (note) faults[`${at}.note`] = note;
    else if (v.verdict === 'QUESTIONED' && isBlank(v.note)) faults[`${at}.note`] = 'say what the owner should answer';
  });
  return faults;
}

const same = (a: CriterionAnswer, b: CriterionAnswer): boolean =>
  a.meets === b.meets && a.how === b.how && a.evidence === b.evidence && JSON.stringify(a.links) === JSON.stringify(b.links);

/**
 * The assessment after a submission: new answers replace the old (an answer unchanged keeps a
 * confirmation); a question is answered by submitting, so no answer stays QUESTIONED.
 */
export function withAnswers(assessment: Assessment, answers: CriterionAnswer[] | undefined): Assessment {
  const previous = assessment.answers;
  const next: AssessedAnswer[] = answers
    ? answers.map((a) => {
        const before = previous.find((p) => p.criterionKey === a.criterionKey);
        const kept = before && before.verdict === 'CONFIRMED' && same(before, a);
        return { ...a, verdict: kept ? 'CONFIRMED' : null, note: kept ? before.note : null };
      })
    : previous.map((a) => (a.verdict === 'QUESTIONED' ? { ...a, verdict: null } : a));
  return { ...assessment, answers: next };
}

export function withVerdicts(assessment: Assessment, verdicts: Verdict[], at: string): Assessment {
  return {
    answers: assessment.answers.map((a) => {
      const v = verdicts.find((o) => o.criterionKey === a.criterionKey);
      return v ? { ...a, verdict: v.verdict, note: v.note.trim() || null } : a;
    }),
    assessedAt: at,
  };
}

/** The reason a question sends the practice back with, one line per questioned answer. */
export function questionsReason(verdicts: Verdict[]): string {
  return verdicts
    .filter((v) => v.verdict === 'QUESTIONED')
    .map((v) => `${v.criterionKey}: ${v.note.trim()}`)
    .join('\n');
}

export const ASSESSMENT_STATUSES = ['NOT_ANSWERED', 'AWAITING_REVIEW', 'PARTLY_CONFIRMED', 'QUESTIONED', 'CONFIRMED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface AssessmentSummary {
  answered: number;
  meets: number;
  confirmed: number;
  questioned: number;
  status: AssessmentStatus;
  /** "meets 5 of 7 criteria, confirmed by the Support Unit" (English; the site words it in six languages). */
  label: string;
}

export function summarise(assessment: Assessment): AssessmentSummary {
  const answers = assessment.answers;
  const meets = answers.filter((a) => a.meets).length;
  const confirmed = answers.filter((a) => a.verdict === 'CONFIRMED').length;
  const questioned = answers.filter((a) => a.verdict === 'QUESTIONED').length;
  const status: AssessmentStatus =
    answers.length === 0
      ? 'NOT_ANSWERED'
      : questioned > 0
        ? 'QUESTIONED'
        : confirmed === answers.length
          ? 'CONFIRMED'
          : confirmed > 0
            ? 'PARTLY_CONFIRMED'
            : 'AWAITING_REVIEW';
  const tail =
    status === 'CONFIRMED'
      ? ', confirmed by the Support Unit'
      : status === 'QUESTIONED'
        ? `, ${questioned} questioned by the Support Unit`
        : status === 'PARTLY_CONFIRMED'
          ? `, ${confirmed} confirmed by the Support Unit`
          : status === 'AWAITING_REVIEW'
            ? ', not yet confirmed'
            : '';
  return {
    answered: answers.length,
    meets,
    confirmed,
    questioned,
    status,
    label: answers.length ? `meets ${meets} of ${answers.length} criteria${tail}` : 'no criteria answered',
  };
}
