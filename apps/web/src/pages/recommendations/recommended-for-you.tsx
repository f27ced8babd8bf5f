import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { useSession } from '../../session';
import { QueryState, useQuery } from '../../ui';
import { CallCard } from '../calls/call-card';
import { PracticeCard } from '../practices/practice-card';
import { RecommendationsDocument, type RecommendationReasonText } from './documents';
import { RecommendedCards, RecommendedOrganizations } from './lists';
import { useReasonText } from './reason';

/** What the organisation works on, its first few themes and places only: a sentence, not the whole list. */
const shortened = (reason: RecommendationReasonText): RecommendationReasonText => ({
  themes: reason.themes.slice(0, 3),
  countries: reason.countries.slice(0, 4),
  regions: reason.regions.slice(0, 2),
});

/** The signed-in home page's "Recommended for you": open calls, practices and organisations, each with why. Nothing for a visitor. */
export function RecommendedForYou() {
  const { viewer } = useSession();
  if (!viewer) return null;
  return <Recommended key={viewer.organization.id} />;
}

function Recommended() {
  const { t, i18n } = useTranslation();
  const reasonText = useReasonText();
  const found = useQuery(() => request(RecommendationsDocument, { first: 3, language: i18n.language }), [i18n.language]);
  const recommendations = found.data?.recommendations;
  const empty = recommendations && recommendations.callsForAction.length + recommendations.practices.length + recommendations.organizations.length === 0;
  return (
    <section aria-labelledby="recommended-heading" className="recommended">
      <h2 id="recommended-heading">{t('recommendations.title')}</h2>
      <QueryState loading={found.loading} error={found.error} />
      {recommendations && recommendations.worksOn.themes.length > 0 && <p className="meta">{reasonText(shortened(recommendations.worksOn), 'self')}</p>}
      {empty && <p>{t('recommendations.none')}</p>}
      {recommendations && recommendations.callsForAction.length > 0 && (
        <>
          <h3>{t('recommendations.calls')}</h3>
          <RecommendedCards
            voice="you"
            entries={recommendations.callsForAction.map(({ callForAction, reason }) => ({
              id: callForAction.id,
              card: <CallCard call={callForAction} />,
              reason,
            }))}
          />
        </>
      )}
      {recommendations && recommendations.practices.length > 0 && (
        <>
          <h3>{t('recommendations.practices')}</h3>
          <RecommendedCards
            voice="you"
            entries={recommendations.practices.map(({ practice, reason }) => ({
              id: practice.id,
              card: <PracticeCard practice={practice} headingLevel={3} />,
              reason,
            }))}
          />
        </>
      )}
      {recommendations && recommendations.organizations.length > 0 && (
        <>
          <h3>{t('recommendations.organizations')}</h3>
          <RecommendedOrganizations entries={recommendations.organizations} />
        </>
      )}
    </section>
  );
}
