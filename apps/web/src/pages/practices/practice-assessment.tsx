import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { graphql } from '../../gql';
import type { PracticeAssessmentQuery } from '../../gql/graphql';
import { dirOf } from '../../i18n';
import { formatDate, formatNumber, useQuery } from '../../ui';
import '../projects/quality.css';

export const PracticeAssessmentDocument = graphql(`
  query PracticeAssessment($id: ID!, $language: String!) {
    practice(id: $id) {
      id
      assessment {
        status
        answered
        meets
        confirmed
        questioned
        assessedAt
        answers {
          criterionKey
          meets
          how
          evidence
          links
          verdict
          note
        }
      }
    }
    qualityCriteria(language: $language, includeRetired: true) {
      key
      title
      explanation
    }
  }
`);

/**
 * How the practice meets the quality criteria: "Meets 5 of 7 criteria, confirmed by the Support
 * Unit", then each answer with its evidence and the Support Unit's verdict. The answers are in the
 * practice's own language (`language`); the criteria's names in the reader's.
 */
export function PracticeAssessment({ id, revision, language }: { id: string; revision: number; language: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(() => request(PracticeAssessmentDocument, { id, language: i18n.language }), [id, revision, i18n.language]);
  const assessment = query.data?.practice?.assessment;
  if (!assessment || assessment.answered === 0) return null;
  const criteria = new Map(query.data?.qualityCriteria.map((criterion) => [criterion.key, criterion]));
  const n = (value: number) => formatNumber(value, i18n.language);
  const counts = { meets: n(assessment.meets), answered: n(assessment.answered), confirmed: n(assessment.confirmed), questioned: n(assessment.questioned) };
  return (
    <section aria-labelledby="assessment-title" className="assessment">
      <h2 id="assessment-title">{t('quality.criteria')}</h2>
      <p className={`assessment-summary assessment-${assessment.status.toLowerCase().replace('_', '-')}`}>
        <strong>{t(`quality.assessment.${assessment.status}`, counts)}</strong>
        {assessment.assessedAt && ` · ${t('quality.assessedOn', { date: formatDate(assessment.assessedAt, i18n.language) })}`}
      </p>
      <ul className="assessment-answers">
        {assessment.answers.map((answer) => {
          const criterion = criteria.get(answer.criterionKey);
          return (
            <li key={answer.criterionKey}>
              <h3>{criterion?.title ?? answer.criterionKey}</h3>
              {criterion && <p className="hint">{criterion.explanation}</p>}
              <AnswerDetails answer={answer} criterionTitle={criterion?.title ?? answer.criterionKey} language={language} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export type AssessedAnswer = NonNullable<NonNullable<PracticeAssessmentQuery['practice']>['assessment']>['answers'][number];

/** One answer of the owner: meets it or not, the Support Unit's verdict, how, the evidence and its links, and the question asked. */
export function AnswerDetails({ answer, criterionTitle, language }: { answer: AssessedAnswer; criterionTitle: string; language: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <span className="badge">{t(answer.meets ? 'quality.answerMeets' : 'quality.answerDoesNotMeet')}</span>{' '}
        <span className={`badge verdict-${(answer.verdict ?? 'pending').toLowerCase()}`}>
          {t(answer.verdict ? `quality.verdict.${answer.verdict}` : 'quality.verdictPending')}
        </span>
      </p>
      {answer.how && (
        <p lang={language} dir={dirOf(language)}>
          {answer.how}
        </p>
      )}
      {answer.evidence && (
        <p>
          <strong>{t('quality.evidence')}</strong>{' '}
          <span lang={language} dir={dirOf(language)}>
            {answer.evidence}
          </span>
        </p>
      )}
      {answer.links.length > 0 && (
        <ul className="assessment-links" aria-label={t('quality.evidenceLinks', { criterion: criterionTitle })}>
          {answer.links.map((link) => (
            <li key={link}>
              <a href={link} rel="noopener noreferrer" dir="ltr">
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}
      {answer.verdict === 'QUESTIONED' && answer.note && (
        <p className="notice">
          {t('quality.questionedBecause')} <span dir="auto">{answer.note}</span>
        </p>
      )}
    </>
  );
}
