import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { QueryState, useQuery } from '../../ui';
import { PracticeCard } from '../practices/practice-card';
import { PracticeRecommendationsDocument } from './documents';
import { RecommendedCards, RecommendedOrganizations } from './lists';

/** On a published practice's page: "Similar practices" and "Organisations that could replicate this", each with why. */
export function PracticeRecommendations({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const found = useQuery(() => request(PracticeRecommendationsDocument, { id, first: 4, language: i18n.language }), [id, i18n.language]);
  const practice = found.data?.practice;
  return (
    <>
      <section aria-labelledby="similar-practices" className="recommended no-print">
        <h2 id="similar-practices">{t('recommendations.similarPractices')}</h2>
        <QueryState loading={found.loading} error={found.error} />
        {practice && practice.similarPractices.length === 0 && <p>{t('recommendations.noSimilar')}</p>}
        {practice && practice.similarPractices.length > 0 && (
          <RecommendedCards
            voice="shares"
            entries={practice.similarPractices.map(({ practice: similar, reason }) => ({
              id: similar.id,
              card: <PracticeCard practice={similar} headingLevel={3} />,
              reason,
            }))}
          />
        )}
      </section>
      {practice && practice.organizationsThatCouldReplicate.length > 0 && (
        <section aria-labelledby="could-replicate" className="recommended no-print">
          <h2 id="could-replicate">{t('recommendations.couldReplicate')}</h2>
          <RecommendedOrganizations entries={practice.organizationsThatCouldReplicate} />
        </section>
      )}
    </>
  );
}
