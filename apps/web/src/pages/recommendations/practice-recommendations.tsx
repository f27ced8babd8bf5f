import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { QueryState, useQuery } from '../../ui';
import { OrganizationLink } from '../organizations/organization-link';
import { PracticeCard } from '../practices/practice-card';
import { PracticeRecommendationsDocument } from './documents';
import './recommendations.css';
import { Reason } from './reason';

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
          <ul className="cards recommendation-list">
            {practice.similarPractices.map(({ practice: similar, reason }) => (
              <li key={similar.id}>
                <PracticeCard practice={similar} headingLevel={3} />
                <Reason reason={reason} voice="shares" />
              </li>
            ))}
          </ul>
        )}
      </section>
      {practice && practice.organizationsThatCouldReplicate.length > 0 && (
        <section aria-labelledby="could-replicate" className="recommended no-print">
          <h2 id="could-replicate">{t('recommendations.couldReplicate')}</h2>
          <ul className="recommendation-organizations">
            {practice.organizationsThatCouldReplicate.map(({ organization, reason }) => (
              <li key={organization.id}>
                <OrganizationLink organization={organization} /> <Reason reason={reason} voice="they" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
