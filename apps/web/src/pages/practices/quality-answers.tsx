/** The owner's answers to the quality criteria, asked before a practice is submitted (issue 18 point 2). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { graphql } from '../../gql';
import type { CriterionAnswerInput } from '../../gql/graphql';
import { dirOf } from '../../i18n';
import { TextArea, TextField, useQuery } from '../../ui';
import { PracticeAssessmentDocument, type AssessedAnswer } from './practice-assessment';
import '../projects/quality.css';

export const ActiveCriteriaDocument = graphql(`
  query ActiveCriteria($language: String!) {
    qualityCriteria(language: $language) {
      key
      title
      explanation
    }
  }
`);

type Meets = 'YES' | 'NO' | 'NOT_STATED';
interface Draft {
  meets: Meets;
  how: string;
  evidence: string;
  links: string;
}
type Criterion = { key: string; title: string; explanation: string };
const BLANK: Draft = { meets: 'NOT_STATED', how: '', evidence: '', links: '' };
const HTTPS = /^https:\/\/\S+$/;

const linksOf = (draft: Draft) =>
  draft.links
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export interface QualityAnswers {
  criteria: Criterion[];
  drafts: Record<string, Draft>;
  previous: Map<string, AssessedAnswer>;
  setDraft: (key: string, draft: Draft) => void;
  /** What submitPractice carries: the stated answers in the criteria's order (the API names them by that index); undefined until the criteria are read. */
  input: () => CriterionAnswerInput[] | undefined;
  /** The faults the API would name, by the same paths (`answers.2.how`). */
  check: () => Record<string, string>;
}

/** The active criteria in the reader's language, each answer prefilled from the practice's last submission. */
export function useQualityAnswers(id: string | undefined): QualityAnswers {
  const { t, i18n } = useTranslation();
  const criteria = useQuery(() => request(ActiveCriteriaDocument, { language: i18n.language }), [i18n.language]);
  const last = useQuery(async () => (id ? (await request(PracticeAssessmentDocument, { id, language: i18n.language })).practice?.assessment : null), [id]);
  const [drafts, setDrafts] = useState<Record<string, Draft> | null>(null);
  const previous = new Map((last.data?.answers ?? []).map((answer) => [answer.criterionKey, answer]));
  if (!drafts && !last.loading) {
    setDrafts(
      Object.fromEntries(
        [...previous.values()].map((a) => [a.criterionKey, { meets: a.meets ? 'YES' : 'NO', how: a.how, evidence: a.evidence, links: a.links.join('\n') }]),
      ),
    );
  }
  const list = criteria.data?.qualityCriteria ?? [];
  const all = drafts ?? {};
  const stated = () => list.filter((criterion) => (all[criterion.key]?.meets ?? 'NOT_STATED') !== 'NOT_STATED');
  return {
    criteria: list,
    drafts: all,
    previous,
    setDraft: (key, draft) => setDrafts({ ...all, [key]: draft }),
    input: () =>
      criteria.data && drafts
        ? stated().map(({ key }) => ({
            criterionKey: key,
            meets: all[key].meets === 'YES',
            how: all[key].how,
            evidence: all[key].evidence,
            links: linksOf(all[key]),
          }))
        : undefined,
    check: () => {
      const faults: Record<string, string> = {};
      stated().forEach(({ key }, i) => {
        const draft = all[key];
        if (draft.meets === 'YES' && !draft.how.trim()) faults[`answers.${i}.how`] = t('quality.howNeeded');
        if (linksOf(draft).some((link) => !HTTPS.test(link))) faults[`answers.${i}.links`] = t('quality.httpsNeeded');
      });
      return faults;
    },
  };
}

/** Each active criterion: meets it? yes / no / not stated; then how, the evidence and its links. `errors` by the API's paths. */
export function QualityAnswersFields({ answers, errors, lang }: { answers: QualityAnswers; errors: Record<string, string>; lang: string }) {
  const { t } = useTranslation();
  if (answers.criteria.length === 0) return null;
  let index = -1;
  return (
    <section aria-labelledby="answers-heading" className="quality-answers">
      <h2 id="answers-heading">{t('quality.criteria')}</h2>
      <p className="hint">{t('quality.answersIntro')}</p>
      {answers.criteria.map((criterion) => {
        const draft = answers.drafts[criterion.key] ?? BLANK;
        const stated = draft.meets !== 'NOT_STATED';
        if (stated) index += 1;
        const at = `answers.${index}`;
        const set = (change: Partial<Draft>) => answers.setDraft(criterion.key, { ...draft, ...change });
        const questioned = answers.previous.get(criterion.key);
        const named = { criterion: criterion.title };
        return (
          <fieldset key={criterion.key} className="quality-answer">
            <legend>{t('quality.meetsQuestion', named)}</legend>
            <p className="hint">{criterion.explanation}</p>
            {questioned?.verdict === 'QUESTIONED' && questioned.note && (
              <p className="notice">
                {t('quality.questionedBecause')} <span dir="auto">{questioned.note}</span>
              </p>
            )}
            <div className="choices">
              {(['YES', 'NO', 'NOT_STATED'] as const).map((choice) => (
                <label key={choice}>
                  <input type="radio" name={`meets-${criterion.key}`} value={choice} checked={draft.meets === choice} onChange={() => set({ meets: choice })} />{' '}
                  {t(`quality.meetsChoice.${choice}`)}
                </label>
              ))}
            </div>
            {stated && (
              <>
                {(
                  [
                    ['how', 'quality.howField', 3],
                    ['evidence', 'quality.evidenceField', 2],
                  ] as const
                ).map(([field, label, rows]) => (
                  <TextArea
                    key={field}
                    label={t(label, named)}
                    name={`${at}.${field}`}
                    rows={rows}
                    lang={lang}
                    dir={dirOf(lang)}
                    value={draft[field]}
                    onChange={(event) => set({ [field]: event.target.value })}
                    error={errors[`${at}.${field}`]}
                  />
                ))}
                <TextField
                  label={t('quality.linksField', named)}
                  hint={t('quality.linksHint')}
                  name={`${at}.links`}
                  dir="ltr"
                  value={draft.links.replace(/\n/g, ' ')}
                  onChange={(event) => set({ links: event.target.value.split(/\s+/).join('\n') })}
                  error={errors[`${at}.links`] ?? Object.entries(errors).find(([path]) => path.startsWith(`${at}.links.`))?.[1]}
                />
              </>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
