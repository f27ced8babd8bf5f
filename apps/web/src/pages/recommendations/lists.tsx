import type { ReactNode } from 'react';
import { OrganizationLink } from '../organizations/organization-link';
import type { RecommendationReasonText } from './documents';
import { Reason, type ReasonVoice } from './reason';
import './recommendations.css';

/** Cards (a call's, a practice's), each with its reason under it. */
export function RecommendedCards({
  entries,
  voice,
}: {
  entries: Array<{ id: string; card: ReactNode; reason: RecommendationReasonText }>;
  voice: ReasonVoice;
}) {
  return (
    <ul className="cards recommendation-list">
      {entries.map(({ id, card, reason }) => (
        <li key={id}>
          {card}
          <Reason reason={reason} voice={voice} />
        </li>
      ))}
    </ul>
  );
}

/** Organisations, each linked, with what it works on. */
export function RecommendedOrganizations({ entries }: { entries: Array<{ organization: { id: string; name: string }; reason: RecommendationReasonText }> }) {
  return (
    <ul className="recommendation-organizations">
      {entries.map(({ organization, reason }) => (
        <li key={organization.id}>
          <OrganizationLink organization={organization} /> <Reason reason={reason} voice="they" />
        </li>
      ))}
    </ul>
  );
}
