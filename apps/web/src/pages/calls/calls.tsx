import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { CallForActionKind } from '../../gql/graphql';
import { Layout, NoticePage, PendingPage } from '../../layout';
import { Link, navigate } from '../../router';
import { isState, useSession } from '../../session';
import { CountriesSelect, FormError, formatDate, QueryState, Select, TextArea, TextField, useAction, useQuery } from '../../ui';
import { CallDocument, CallsDocument, PostCallDocument, RespondToCallDocument } from './documents';
import { CallCard } from './call-card';
import { Countries } from '../../cards';
import { FollowButton } from '../../follow-button';

export const CALL_KINDS: CallForActionKind[] = ['TRAINING', 'INFORMATION', 'EXPERTISE', 'FUNDING', 'PARTNERSHIP', 'OTHER'];

export function CallsPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const open = useQuery(() => request(CallsDocument, { filter: { status: 'OPEN' }, first: 50 }), []);
  const closed = useQuery(() => request(CallsDocument, { filter: { status: 'CLOSED' }, first: 50 }), []);
  const converted = useQuery(() => request(CallsDocument, { filter: { status: 'CONVERTED' }, first: 50 }), []);
  const closedCalls = [...(closed.data?.callsForAction.edges ?? []), ...(converted.data?.callsForAction.edges ?? [])];
  return (
    <Layout title={t('calls.title')}>
      <h1>{t('calls.title')}</h1>
      {isState(viewer) && (
        <p>
          <Link href="/calls/new" className="button primary">
            {t('calls.post')}
          </Link>
        </p>
      )}
      <section aria-labelledby="open-calls">
        <h2 id="open-calls">{t('calls.open')}</h2>
        <QueryState loading={open.loading} error={open.error} />
        <div className="cards">
          {open.data?.callsForAction.edges.map(({ node }) => (
            <CallCard key={node.id} call={node} />
          ))}
        </div>
      </section>
      <section aria-labelledby="closed-calls">
        <h2 id="closed-calls">{t('calls.closed')}</h2>
        <QueryState loading={closed.loading} error={closed.error} />
        <div className="cards">
          {closedCalls.map(({ node }) => (
            <CallCard key={node.id} call={node} />
          ))}
        </div>
      </section>
    </Layout>
  );
}

export function CallPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const call = useQuery(() => request(CallDocument, { id }), [id]);
  const [offerKind, setOfferKind] = useState<CallForActionKind>('EXPERTISE');
  const [message, setMessage] = useState('');
  const { error, setError, run } = useAction();
  const [messageError, setMessageError] = useState<string | undefined>();
  const c = call.data?.callForAction;
  if (!c) return <PendingPage title={t('calls.title')} query={call} notFound />;
  const own = viewer && c.posters.some((poster) => poster.organizationId === viewer.organization.id);
  const answered = viewer && c.responses.some((response) => response.organizationId === viewer.organization.id && response.status !== 'WITHDRAWN');
  const respond = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!message.trim()) return setMessageError(t('form.required'));
    setMessageError(undefined);
    const refused = await run(async () => {
      await request(RespondToCallDocument, { input: { callId: c.id, offerKind, message, expectedRevision: c.revision } });
      setMessage('');
      call.reload();
    });
    if (refused) setMessageError(refused.fields.message);
  };
  const responses = c.responses.filter((response) => response.status !== 'WITHDRAWN');
  return (
    <Layout title={c.title}>
      <article>
        <h1 dir="auto">{c.title}</h1>
        <p className="meta">
          {t(`callKind.${c.kind}`)} · {t(`callStatus.${c.status}`)} · {c.posters.map((poster) => poster.organization?.name).join(', ')}
        </p>
        {c.countries.length > 0 && (
          <p>
            <Countries codes={c.countries} />
          </p>
        )}
        {c.deadline && <p>{t('calls.deadline', { date: formatDate(c.deadline, i18n.language) })}</p>}
        <p dir="auto">{c.description}</p>
        <div className="practice-tools">
          <FollowButton targetId={c.id} />
        </div>
        {c.projectId && (
          <p>
            <Link href={`/projects/${encodeURIComponent(c.projectId)}`}>{t('calls.becameProject', { title: c.title })}</Link>
          </p>
        )}
        <section aria-labelledby="responses">
          <h2 id="responses">{t('calls.responses', { count: responses.length })}</h2>
          <ul className="plain">
            {responses.map((response) => (
              <li key={response.organizationId} className="card">
                <strong>{response.organization?.name}</strong> · {t(`callKind.${response.offerKind}`)} · {formatDate(response.respondedAt, i18n.language)}
                <p>{response.message}</p>
              </li>
            ))}
          </ul>
        </section>
        {viewer && !own && !answered && c.status === 'OPEN' && (
          <form onSubmit={(event) => void respond(event)} className="stacked" noValidate aria-labelledby="respond-heading">
            <h2 id="respond-heading">{t('calls.respond')}</h2>
            <FormError error={error} />
            <Select
              label={t('calls.offerKind')}
              value={offerKind}
              onChange={(event) => setOfferKind(event.target.value as CallForActionKind)}
              error={error?.fields.offerKind}
            >
              {CALL_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`callKind.${kind}`)}
                </option>
              ))}
            </Select>
            <TextArea label={t('calls.message')} value={message} onChange={(event) => setMessage(event.target.value)} error={messageError} rows={4} />
            <p>
              <button type="submit" className="primary">
                {t('calls.send')}
              </button>
            </p>
          </form>
        )}
      </article>
    </Layout>
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function PostCallPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [form, setForm] = useState({ title: '', description: '', kind: 'EXPERTISE' as CallForActionKind, countries: [] as string[], deadline: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { error, setError, run } = useAction();
  if (!isState(viewer)) return <NoticePage title={t('calls.post')} notice={t('practiceForm.statesOnly')} />;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!form.title.trim()) found.title = t('form.required');
    if (!form.description.trim()) found.description = t('form.required');
    if (form.deadline && !DATE.test(form.deadline)) found.deadline = t('form.date');
    setErrors(found);
    setError(null);
    if (Object.keys(found).length) return;
    const refused = await run(async () => {
      const posted = await request(PostCallDocument, { input: { ...form, deadline: form.deadline ? `${form.deadline}T23:59:59Z` : null } });
      navigate(`/calls/${encodeURIComponent(posted.postCallForAction.callForAction.id)}`);
    });
    if (refused) setErrors(refused.fields);
  };
  return (
    <Layout title={t('calls.post')}>
      <h1>{t('calls.post')}</h1>
      <form onSubmit={(event) => void submit(event)} className="stacked" noValidate>
        <FormError error={error} />
        <TextField
          label={t('practice.field.title')}
          value={form.title}
          onChange={(event) => setForm({ ...form, title: event.target.value })}
          error={errors.title}
        />
        <TextArea
          label={t('calls.description')}
          rows={6}
          value={form.description}
          onChange={(event) => setForm({ ...form, description: event.target.value })}
          error={errors.description}
        />
        <Select
          label={t('calls.kind')}
          value={form.kind}
          onChange={(event) => setForm({ ...form, kind: event.target.value as CallForActionKind })}
          error={errors.kind}
        >
          {CALL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`callKind.${kind}`)}
            </option>
          ))}
        </Select>
        <CountriesSelect value={form.countries} onChange={(countries) => setForm({ ...form, countries })} error={errors.countries} />
        <TextField
          label={t('calls.deadlineLabel')}
          hint={t('form.date')}
          value={form.deadline}
          onChange={(event) => setForm({ ...form, deadline: event.target.value })}
          error={errors.deadline}
        />
        <p>
          <button type="submit" className="primary">
            {t('calls.postSubmit')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
