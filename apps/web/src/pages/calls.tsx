import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, request } from '../api';
import { allCountries } from '../countries';
import { CallQuery, CallsQuery, PostCall, RespondToCall } from '../documents';
import { Layout } from '../layout';
import { Link, navigate } from '../router';
import { isState, useSession } from '../session';
import { FormError, formatDate, QueryState, Select, TextArea, TextField, useQuery } from '../ui';
import { CallCard, Countries } from './cards';
import { FollowButton } from './practices';

export const CALL_KINDS = ['TRAINING', 'INFORMATION', 'EXPERTISE', 'FUNDING', 'PARTNERSHIP', 'OTHER'];

export function CallsPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const open = useQuery(() => request(CallsQuery, { filter: { status: 'OPEN' }, first: 50 }), []);
  const closed = useQuery(() => request(CallsQuery, { filter: { status: 'CLOSED' }, first: 50 }), []);
  return (
    <Layout title={t('calls.title')}>
      <h1>{t('calls.title')}</h1>
      {isState(viewer) && (
        <p>
          <Link href="/calls/new">{t('calls.post')}</Link>
        </p>
      )}
      <section aria-labelledby="open-calls">
        <h2 id="open-calls">{t('calls.open')}</h2>
        <QueryState loading={open.loading} error={open.error} />
        <div className="cards">{open.data?.callsForAction.edges.map(({ node }) => <CallCard key={node.id} call={node} />)}</div>
      </section>
      <section aria-labelledby="closed-calls">
        <h2 id="closed-calls">{t('calls.closed')}</h2>
        <QueryState loading={closed.loading} error={closed.error} />
        <div className="cards">{closed.data?.callsForAction.edges.map(({ node }) => <CallCard key={node.id} call={node} />)}</div>
      </section>
    </Layout>
  );
}

export function CallPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const call = useQuery(() => request(CallQuery, { id }), [id]);
  const [offerKind, setOfferKind] = useState('EXPERTISE');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiRequestError | null>(null);
  const c = call.data?.callForAction;
  if (!c) {
    return (
      <Layout title={t('calls.title')}>
        <QueryState loading={call.loading} error={call.error} />
      </Layout>
    );
  }
  const own = viewer && c.postedBy.some((organization) => organization.id === viewer.organization.id);
  const respond = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await request(RespondToCall, { input: { callId: c.id, offerKind, message, expectedRevision: c.revision } });
      call.reload();
    } catch (caught) {
      setError(caught as ApiRequestError);
    }
  };
  return (
    <Layout title={c.title}>
      <article>
        <h1>{c.title}</h1>
        <p className="meta">
          {t(`callKind.${c.kind}`, { defaultValue: c.kind })} · {t(`callStatus.${c.status}`, { defaultValue: c.status })} · {c.postedBy.map((organization) => organization.name).join(', ')}
        </p>
        <p>
          <Countries codes={c.countries} />
        </p>
        {c.deadline && <p>{t('calls.deadline', { date: formatDate(c.deadline, i18n.language) })}</p>}
        <p>{c.description}</p>
        <FollowButton targetId={c.id} following={null} />
        {c.project && (
          <p>
            <Link href={`/projects/${encodeURIComponent(c.project.id)}`}>{t('calls.becameProject', { title: c.project.title })}</Link>
          </p>
        )}
        <section aria-labelledby="responses">
          <h2 id="responses">{t('calls.responses', { count: c.responses.length })}</h2>
          <ul>
            {c.responses.map((response) => (
              <li key={response.id}>
                <strong>{response.organization.name}</strong> · {t(`callKind.${response.offerKind}`, { defaultValue: response.offerKind })}: {response.message}
              </li>
            ))}
          </ul>
        </section>
        {viewer && !own && c.status === 'OPEN' && (
          <form onSubmit={(event) => void respond(event)} className="stacked" noValidate>
            <h2>{t('calls.respond')}</h2>
            <FormError error={error} />
            <Select label={t('calls.offerKind')} value={offerKind} onChange={(event) => setOfferKind(event.target.value)} error={error?.fields.offerKind}>
              {CALL_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`callKind.${kind}`)}
                </option>
              ))}
            </Select>
            <TextArea label={t('calls.message')} value={message} onChange={(event) => setMessage(event.target.value)} error={error?.fields.message} rows={4} />
            <button type="submit" className="primary">
              {t('calls.send')}
            </button>
          </form>
        )}
      </article>
    </Layout>
  );
}

export function PostCallPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const [form, setForm] = useState({ title: '', description: '', kind: 'EXPERTISE', countries: [] as string[], deadline: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiRequestError | null>(null);
  if (!isState(viewer)) {
    return (
      <Layout title={t('calls.post')}>
        <h1>{t('calls.post')}</h1>
        <p className="notice">{t('practiceForm.statesOnly')}</p>
      </Layout>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!form.title.trim()) found.title = t('form.required');
    if (!form.description.trim()) found.description = t('form.required');
    if (form.deadline && !/^\d{4}-\d{2}-\d{2}$/.test(form.deadline)) found.deadline = t('form.date');
    setErrors(found);
    setError(null);
    if (Object.keys(found).length) return;
    try {
      const posted = await request(PostCall, { input: { ...form, deadline: form.deadline || null } });
      navigate(`/calls/${encodeURIComponent(posted.postCallForAction.callForAction.id)}`);
    } catch (caught) {
      const apiError = caught as ApiRequestError;
      setError(apiError);
      setErrors(apiError.fields ?? {});
    }
  };
  return (
    <Layout title={t('calls.post')}>
      <h1>{t('calls.post')}</h1>
      <form onSubmit={(event) => void submit(event)} className="stacked" noValidate>
        <FormError error={error} />
        <TextField label={t('practice.field.title')} value={form.title} onChange={(event) => setForm({ ...form, title: event.target.value })} error={errors.title} />
        <TextArea label={t('calls.description')} rows={6} value={form.description} onChange={(event) => setForm({ ...form, description: event.target.value })} error={errors.description} />
        <Select label={t('calls.kind')} value={form.kind} onChange={(event) => setForm({ ...form, kind: event.target.value })} error={errors.kind}>
          {CALL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`callKind.${kind}`)}
            </option>
          ))}
        </Select>
        <Select
          label={t('practice.countries')}
          hint={t('practiceForm.countriesHint')}
          multiple
          size={6}
          value={form.countries}
          onChange={(event) => setForm({ ...form, countries: Array.from(event.target.selectedOptions, (option) => option.value) })}
          error={errors.countries}
        >
          {allCountries(i18n.language).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </Select>
        <TextField label={t('calls.deadlineLabel')} hint={t('form.date')} value={form.deadline} onChange={(event) => setForm({ ...form, deadline: event.target.value })} error={errors.deadline} />
        <button type="submit" className="primary">
          {t('calls.postSubmit')}
        </button>
      </form>
    </Layout>
  );
}
