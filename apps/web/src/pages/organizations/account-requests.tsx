import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { countryName } from '../../countries';
import type { AccountRequestsQuery, OrganizationKind } from '../../gql/graphql';
import { Layout, NoticePage } from '../../layout';
import { isSupportUnit, useSession } from '../../session';
import { FormError, formatDate, PagedFooter, QueryState, TextArea, TextField, toPage, useAction, usePagedQuery } from '../../ui';
import { AccountRequestsDocument, ApproveAccountRequestDocument, DeclineAccountRequestDocument, RequestAccountDocument } from './documents';
import { CountrySelect, KindSelect, useSend } from './forms';
import { OrganizationLink } from './organization-link';
import './organizations.css';

type AccountRequest = AccountRequestsQuery['accountRequests']['edges'][number]['node'];

/** /request-account — a new government or partner asks the Support Unit for an account. */
export function RequestAccountPage() {
  const { t } = useTranslation();
  const form = useSend(
    { organizationName: '', kind: 'STATE', country: '', contactName: '', email: '', reason: '' },
    async ({ kind, country, ...rest }) =>
      request(RequestAccountDocument, { input: { ...rest, kind: kind as OrganizationKind, country: kind === 'STATE' ? country || null : null } }),
    () => t('organizations.requestSent'),
  );
  return (
    <Layout title={t('organizations.requestTitle')}>
      <h1>{t('organizations.requestTitle')}</h1>
      {form.done ? (
        <p role="status" className="success">
          {form.done}
        </p>
      ) : (
        <form onSubmit={(event) => void form.submit(event)} className="stacked narrow" noValidate>
          <p>{t('organizations.requestIntro')}</p>
          <FormError error={form.error} />
          <TextField label={t('organizations.organizationName')} autoComplete="organization" {...form.bind('organizationName')} />
          <KindSelect without={['SUPPORT_UNIT']} {...form.bind('kind')} />
          {form.values.kind === 'STATE' && <CountrySelect {...form.bind('country')} />}
          <TextField label={t('organizations.contactName')} autoComplete="name" {...form.bind('contactName')} />
          <TextField label={t('signIn.email')} type="email" autoComplete="email" {...form.bind('email')} />
          <TextArea label={t('organizations.reason')} hint={t('organizations.reasonHint')} rows={5} {...form.bind('reason')} />
          <p>
            <button type="submit" className="primary">
              {t('organizations.requestSubmit')}
            </button>
          </p>
        </form>
      )}
    </Layout>
  );
}

/** One pending request: approve, or decline with a reason the requester receives. */
function PendingRequest({ item, onDecided }: { item: AccountRequest; onDecided: () => void }) {
  const { t, i18n } = useTranslation();
  const { error, run } = useAction();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const approve = () =>
    run(async () => {
      await request(ApproveAccountRequestDocument, { input: { requestId: item.id } });
      onDecided();
    });
  const decline = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      await request(DeclineAccountRequestDocument, { input: { requestId: item.id, reason } });
      onDecided();
    });
  };
  const headingId = `request-${item.id}`;
  return (
    <article className="card request" aria-labelledby={headingId}>
      <h3 id={headingId} dir="auto">
        {item.organizationName}
      </h3>
      <p className="meta">
        {t(`orgKind.${item.kind}`)}
        {item.country && ` · ${countryName(item.country, i18n.language)}`} · {formatDate(item.createdAt, i18n.language)}
      </p>
      <p>
        {item.contactName} · <a href={`mailto:${item.email}`}>{item.email}</a>
      </p>
      <blockquote dir="auto">{item.reason}</blockquote>
      <FormError error={error} />
      {declining ? (
        <form onSubmit={(event) => void decline(event)} className="stacked" noValidate>
          <TextArea
            label={t('organizations.declineReason', { name: item.organizationName })}
            name="reason"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={error?.fields.reason}
          />
          <p className="inline-control">
            <button type="submit" className="danger">
              {t('organizations.declineSubmit')}
            </button>
            <button type="button" onClick={() => setDeclining(false)}>
              {t('organizations.cancel')}
            </button>
          </p>
        </form>
      ) : (
        <p className="inline-control">
          <button
            type="button"
            className="primary"
            onClick={() => void approve()}
            aria-label={t('organizations.approveNamed', { name: item.organizationName })}
          >
            {t('organizations.approve')}
          </button>
          <button type="button" onClick={() => setDeclining(true)} aria-label={t('organizations.declineNamed', { name: item.organizationName })}>
            {t('organizations.decline')}
          </button>
        </p>
      )}
    </article>
  );
}

/** A decided request: approved (linking the organisation it made) or declined (with why). */
function DecidedRequest({ item }: { item: AccountRequest }) {
  const { t } = useTranslation();
  return (
    <li>
      {item.organizationId ? (
        <OrganizationLink organization={{ id: item.organizationId, name: item.organizationName }} />
      ) : (
        <span dir="auto">{item.organizationName}</span>
      )}{' '}
      — {item.status === 'APPROVED' ? t('organizations.approved') : t('organizations.declined', { reason: item.declineReason ?? '' })}
    </li>
  );
}

/** /organizations/requests — the Support Unit's requests for an account, pending ones first. */
export function AccountRequestsPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const allowed = isSupportUnit(viewer);
  const load = (status: 'PENDING' | 'APPROVED' | 'DECLINED') => async (after: string | null) =>
    allowed ? toPage((await request(AccountRequestsDocument, { status, after })).accountRequests) : { nodes: [], totalCount: 0, hasNextPage: false };
  const pending = usePagedQuery(load('PENDING'), [allowed]);
  const approved = usePagedQuery(load('APPROVED'), [allowed]);
  const declined = usePagedQuery(load('DECLINED'), [allowed]);
  if (!allowed) return <NoticePage title={t('organizations.requestsTitle')} notice={t('common.forbidden')} />;
  const decided = () => {
    pending.reload();
    approved.reload();
    declined.reload();
  };
  return (
    <Layout title={t('organizations.requestsTitle')}>
      <h1>{t('organizations.requestsTitle')}</h1>
      <section aria-labelledby="pending">
        <h2 id="pending">{t('organizations.pending')}</h2>
        <QueryState loading={pending.loading} error={pending.error} />
        {!pending.loading && pending.items.length === 0 && <p className="notice">{t('organizations.noPending')}</p>}
        <div className="cards">
          {pending.items.map((item) => (
            <PendingRequest key={item.id} item={item} onDecided={decided} />
          ))}
        </div>
        <PagedFooter paged={pending} />
      </section>
      <section aria-labelledby="decided">
        <h2 id="decided">{t('organizations.decided')}</h2>
        {!approved.loading && !declined.loading && approved.items.length + declined.items.length === 0 && (
          <p className="notice">{t('organizations.noDecided')}</p>
        )}
        <ul className="decided">
          {[...approved.items, ...declined.items].map((item) => (
            <DecidedRequest key={item.id} item={item} />
          ))}
        </ul>
        <PagedFooter paged={approved} />
        <PagedFooter paged={declined} />
      </section>
    </Layout>
  );
}
