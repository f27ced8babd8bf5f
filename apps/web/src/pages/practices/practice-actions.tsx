/** What the practice page lets the viewer do besides reading: say "interested", archive, and for the owner see who is interested. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { OrganizationNameFragment } from '../../gql/graphql';
import { FormError, useAction } from '../../ui';
import { ArchivePracticeDocument, ExpressInterestDocument } from './documents';
import type { Details } from './practice-page';
import { OrganizationLink } from '../organizations/organization-link';

/** "We are interested in replicating this", or, once the viewer's organisation said so (remembered by the API), that it did. */
export function InterestAction({ practice, onDone }: { practice: Details; onDone: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useAction();
  const express = () =>
    run(async () => {
      await request(ExpressInterestDocument, { input: { id: practice.id, expectedRevision: practice.revision } });
      onDone();
    });
  return (
    <>
      {practice.viewerInterested ? (
        <p className="interest-recorded" role="status">
          {t('practice.interestRecorded')}
        </p>
      ) : (
        <button type="button" onClick={() => void express()}>
          {t('practice.interested')}
        </button>
      )}
      <FormError error={error} />
    </>
  );
}

/** Archive, after a confirmation: the owner and the Support Unit. An archived practice leaves search and the public pages. */
export function ArchiveAction({ practice, onDone }: { practice: Details; onDone: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { error, run } = useAction();
  const archive = () =>
    run(async () => {
      await request(ArchivePracticeDocument, { input: { id: practice.id, expectedRevision: practice.revision } });
      setConfirming(false);
      onDone();
    });
  if (!confirming)
    return (
      <p className="no-print">
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('practice.archive')}
        </button>
      </p>
    );
  return (
    <section className="confirm no-print" role="alertdialog" aria-labelledby="archive-heading" aria-describedby="archive-text">
      <h2 id="archive-heading">{t('practice.archiveHeading')}</h2>
      <p id="archive-text">{t('practice.archiveText')}</p>
      <FormError error={error} />
      <div className="actions">
        <button type="button" className="danger" onClick={() => void archive()}>
          {t('practice.archiveConfirm')}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('practice.cancel')}
        </button>
      </div>
    </section>
  );
}

/** The organisations interested in replicating the practice (the API serves the list to the owner and the Support Unit only). */
export function InterestedOrganizations({ organizations }: { organizations: OrganizationNameFragment[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="interested-heading" className="interested no-print">
      <h2 id="interested-heading">{t('practice.interestedHeading')}</h2>
      {organizations.length === 0 ? (
        <p className="meta">{t('practice.interestedNone')}</p>
      ) : (
        <ul>
          {organizations.map((organization) => (
            <li key={organization.id}>
              <OrganizationLink organization={organization} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
