/** Co-authors of a state's practice (issue 14): the owner invites partner organisations and removes them; the invited organisation accepts or declines; everyone sees who co-authored it. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { graphql } from '../../gql';
import { useSession } from '../../session';
import { FormError, Select, useAction, useQuery } from '../../ui';
import { OrganizationLink } from '../organizations/organization-link';
import { OrganizationOptions } from '../projects/project-fields';

const PracticeCoAuthorsDocument = graphql(`
  query PracticeCoAuthors($id: ID!) {
    practice(id: $id) {
      id
      revision
      ownerOrganizationId
      owner {
        ...OrganizationName
      }
      coAuthors {
        organizationId
        status
        organization {
          ...OrganizationName
        }
      }
    }
  }
`);

const CoAuthorCandidatesDocument = graphql(`
  query CoAuthorCandidates {
    organizations(first: 100) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

const InvitePracticeCoAuthorDocument = graphql(`
  mutation InvitePracticeCoAuthor($input: InvitePracticeCoAuthorInput!) {
    invitePracticeCoAuthor(input: $input) {
      revision
    }
  }
`);

const RemovePracticeCoAuthorDocument = graphql(`
  mutation RemovePracticeCoAuthor($input: RemovePracticeCoAuthorInput!) {
    removePracticeCoAuthor(input: $input) {
      revision
    }
  }
`);

const AcceptPracticeCoAuthorshipDocument = graphql(`
  mutation AcceptPracticeCoAuthorship($input: AcceptPracticeCoAuthorshipInput!) {
    acceptPracticeCoAuthorship(input: $input) {
      revision
    }
  }
`);

const DeclinePracticeCoAuthorshipDocument = graphql(`
  mutation DeclinePracticeCoAuthorship($input: DeclinePracticeCoAuthorshipInput!) {
    declinePracticeCoAuthorship(input: $input) {
      revision
    }
  }
`);

/** The kinds that may co-author (the API refuses the others with PRACTICE.CO_AUTHOR_KIND). */
const PARTNER_KINDS = new Set(['INTERNATIONAL_ORGANIZATION', 'CIVIL_SOCIETY', 'ACADEMIA', 'PRIVATE_SECTOR']);

/** The owner's picker: active partner organisations not already invited or co-authoring. */
function InviteForm({ taken, onInvite }: { taken: Set<string>; onInvite: (organizationId: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const candidates = useQuery(() => request(CoAuthorCandidatesDocument), []);
  const [organizationId, setOrganizationId] = useState('');
  const organizations = (candidates.data?.organizations.edges.map((edge) => edge.node) ?? []).filter(
    (organization) => PARTNER_KINDS.has(organization.kind) && !taken.has(organization.id),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onInvite(organizationId).then(() => setOrganizationId(''));
  };
  return (
    <form onSubmit={submit} className="stacked" noValidate>
      <Select
        label={t('coAuthors.inviteLabel')}
        hint={t('coAuthors.inviteHint')}
        name="organizationId"
        value={organizationId}
        onChange={(event) => setOrganizationId(event.target.value)}
      >
        <OrganizationOptions empty={t('coAuthors.choose')} organizations={organizations} />
      </Select>
      <button type="submit" disabled={!organizationId}>
        {t('coAuthors.invite')}
      </button>
    </form>
  );
}

export function PracticeCoAuthors({ id, onChanged }: { id: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const query = useQuery(() => request(PracticeCoAuthorsDocument, { id }), [id, viewer?.organization.id]);
  const { error, run } = useAction();
  const practice = query.data?.practice;
  if (!practice) return null;
  const isOwner = viewer?.organization.id === practice.ownerOrganizationId;
  const own = practice.coAuthors.find((c) => c.organizationId === viewer?.organization.id);
  if (!isOwner && practice.coAuthors.length === 0) return null;
  const base = { id: practice.id, expectedRevision: practice.revision };
  const act = (action: () => Promise<unknown>) =>
    run(async () => {
      await action();
      query.reload();
      onChanged();
    });
  const invite = (organizationId: string) => act(() => request(InvitePracticeCoAuthorDocument, { input: { ...base, organizationId } }));
  const remove = (organizationId: string) => act(() => request(RemovePracticeCoAuthorDocument, { input: { ...base, organizationId } }));
  const accept = () => act(() => request(AcceptPracticeCoAuthorshipDocument, { input: base }));
  const decline = () => act(() => request(DeclinePracticeCoAuthorshipDocument, { input: base }));
  return (
    <section aria-labelledby="co-authors-heading" className="co-authors">
      <h2 id="co-authors-heading">{t('coAuthors.heading')}</h2>
      <FormError error={error} />
      {own?.status === 'INVITED' && (
        <div className="notice" role="group" aria-labelledby="co-author-invitation">
          <p id="co-author-invitation">{t('coAuthors.invitation', { owner: practice.owner?.name ?? '' })}</p>
          <p className="actions">
            <button type="button" className="primary" onClick={() => void accept()}>
              {t('coAuthors.accept')}
            </button>{' '}
            <button type="button" onClick={() => void decline()}>
              {t('coAuthors.decline')}
            </button>
          </p>
        </div>
      )}
      {practice.coAuthors.length === 0 ? (
        <p className="meta">{t('coAuthors.none')}</p>
      ) : (
        <ul className="co-author-list">
          {practice.coAuthors.map((coAuthor) => (
            <li key={coAuthor.organizationId}>
              {coAuthor.organization ? <OrganizationLink organization={coAuthor.organization} /> : coAuthor.organizationId}
              {coAuthor.status !== 'ACCEPTED' && <span className="meta"> ({t(`coAuthors.status.${coAuthor.status}`)})</span>}
              {isOwner && (
                <>
                  {' '}
                  <button type="button" onClick={() => void remove(coAuthor.organizationId)}>
                    {t('coAuthors.remove', { name: coAuthor.organization?.name ?? '' })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {isOwner && <InviteForm taken={new Set(practice.coAuthors.filter((c) => c.status !== 'DECLINED').map((c) => c.organizationId))} onInvite={invite} />}
    </section>
  );
}
