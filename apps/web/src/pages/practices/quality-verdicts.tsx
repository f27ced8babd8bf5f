/** The Support Unit's verdict on each of the owner's answers, as part of the review (issue 18 point 2). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, request } from '../../api';
import { graphql } from '../../gql';
import type { CriterionVerdict } from '../../gql/graphql';
import { FormError, TextArea, useAction, useQuery } from '../../ui';
import { AnswerDetails, PracticeAssessmentDocument } from './practice-assessment';
import type { Details } from './practice-page';
import '../projects/quality.css';

export const AssessPracticeDocument = graphql(`
  mutation AssessPractice($input: AssessPracticeInput!) {
    assessPractice(input: $input) {
      revision
    }
  }
`);

type Choice = { verdict: CriterionVerdict | ''; note: string };

/**
 * Each answer with its evidence, and confirm or question it (a question needs a note). Sending
 * calls assessPractice: a question sends the practice back with the notes as its reason;
 * `onDone` hears the revision it left.
 */
export function CriterionVerdicts({ practice, onDone }: { practice: Details; onDone: (revision: number) => void }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(
    () => request(PracticeAssessmentDocument, { id: practice.id, language: i18n.language }),
    [practice.id, practice.revision, i18n.language],
  );
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [sent, setSent] = useState(false);
  const { error, setError, run } = useAction();
  const answers = query.data?.practice?.assessment?.answers ?? [];
  if (answers.length === 0) return null;
  const titles = new Map(query.data?.qualityCriteria.map((criterion) => [criterion.key, criterion.title]));
  // an answer the Support Unit confirmed and the owner left unchanged stays confirmed
  const choiceOf = (key: string): Choice =>
    choices[key] ?? { verdict: answers.find((a) => a.criterionKey === key)?.verdict === 'CONFIRMED' ? 'CONFIRMED' : '', note: '' };
  const chosen = answers.filter((answer) => choiceOf(answer.criterionKey).verdict);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const faults: Record<string, string> = {};
    if (chosen.length === 0) faults.verdicts = t('quality.verdictNeeded');
    chosen.forEach((answer, i) => {
      const choice = choiceOf(answer.criterionKey);
      if (choice.verdict === 'QUESTIONED' && !choice.note.trim()) faults[`verdicts.${i}.note`] = t('quality.noteNeeded');
    });
    if (Object.keys(faults).length) return setError(new ApiRequestError([{ message: '', extensions: { fields: faults } }]));
    const verdicts = chosen.map((answer) => {
      const choice = choiceOf(answer.criterionKey);
      return { criterionKey: answer.criterionKey, verdict: choice.verdict as CriterionVerdict, note: choice.verdict === 'QUESTIONED' ? choice.note : '' };
    });
    let revision = practice.revision;
    const refused = await run(async () => {
      revision = (await request(AssessPracticeDocument, { input: { id: practice.id, expectedRevision: practice.revision, verdicts } })).assessPractice.revision;
    });
    if (refused) return;
    setChoices({});
    setSent(true);
    onDone(revision);
  };
  const fields = error?.fields ?? {};
  return (
    <form onSubmit={(event) => void send(event)} noValidate className="stacked quality-verdicts" aria-labelledby="verdicts-heading">
      <h3 id="verdicts-heading">{t('quality.assessHeading')}</h3>
      <p className="hint">{t('quality.assessHint')}</p>
      <FormError error={error} labels={{ verdicts: t('quality.assessHeading') }} />
      {answers.map((answer) => {
        const key = answer.criterionKey;
        const title = titles.get(key) ?? key;
        const choice = choiceOf(key);
        const at = `verdicts.${chosen.indexOf(answer)}`;
        const set = (change: Partial<Choice>) => setChoices({ ...choices, [key]: { ...choice, ...change } });
        return (
          <fieldset key={key} className="quality-answer">
            <legend>{t('quality.verdictQuestion', { criterion: title })}</legend>
            <AnswerDetails answer={answer} criterionTitle={title} language={practice.language} />
            <div className="choices">
              {(['CONFIRMED', 'QUESTIONED'] as const).map((verdict) => (
                <label key={verdict}>
                  <input type="radio" name={`verdict-${key}`} value={verdict} checked={choice.verdict === verdict} onChange={() => set({ verdict })} />{' '}
                  {t(`quality.verdictChoice.${verdict}`)}
                </label>
              ))}
            </div>
            {choice.verdict === 'QUESTIONED' && (
              <TextArea
                label={t('quality.noteField', { criterion: title })}
                name={`${at}.note`}
                rows={2}
                value={choice.note}
                onChange={(event) => set({ note: event.target.value })}
                error={fields[`${at}.note`]}
              />
            )}
          </fieldset>
        );
      })}
      {sent && (
        <p className="success" role="status">
          {t('quality.assessed')}
        </p>
      )}
      <p>
        <button type="submit">{t('quality.sendAssessment')}</button>
      </p>
    </form>
  );
}
