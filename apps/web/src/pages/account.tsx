import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, request } from '../api';
import { FeedQuery } from '../documents';
import { Layout } from '../layout';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session';
import { formatDate, QueryState, TextField, useQuery } from '../ui';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const { query } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      const next = query.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
    } catch (caught) {
      setError(caught as ApiRequestError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Layout title={t('signIn.title')}>
      <h1>{t('signIn.title')}</h1>
      <form onSubmit={(event) => void submit(event)} className="stacked narrow">
        {error && (
          <p className="error" role="alert">
            {error.code === 'UNAUTHENTICATED' || error.errors[0]?.extensions?.reason?.startsWith('AUTH') ? t('signIn.failed') : error.message}
          </p>
        )}
        <TextField label={t('signIn.email')} type="email" name="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} required />
        <TextField label={t('signIn.password')} type="password" name="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} required />
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
    </Layout>
  );
}

export function FeedPage() {
  const { t, i18n } = useTranslation();
  const feed = useQuery(() => request(FeedQuery, { first: 50 }), []);
  const hrefOf = (targetId: string) => (targetId.startsWith('project') ? `/projects/${targetId}` : targetId.startsWith('callForAction') ? `/calls/${targetId}` : `/practices/${targetId}`);
  return (
    <Layout title={t('feed.title')}>
      <h1>{t('feed.title')}</h1>
      <QueryState loading={feed.loading} error={feed.error} />
      {feed.data && feed.data.feed.edges.length === 0 && <p>{t('feed.empty')}</p>}
      <ol className="timeline">
        {feed.data?.feed.edges.map(({ node }) => (
          <li key={node.id}>
            <p className="meta">{formatDate(node.occurredAt, i18n.language)}</p>
            <Link href={hrefOf(node.targetId)}>{node.title}</Link>
          </li>
        ))}
      </ol>
    </Layout>
  );
}

/** What is sent by e-mail. No notification-settings API exists yet: the choice is shown, not saved. */
export function AccountSettingsPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  return (
    <Layout title={t('settings.title')}>
      <h1>{t('settings.title')}</h1>
      {viewer && (
        <dl className="facts">
          <dt>{t('signIn.email')}</dt>
          <dd>{viewer.email}</dd>
          <dt>{t('settings.organization')}</dt>
          <dd>{viewer.organization.name}</dd>
        </dl>
      )}
      <p className="notice" role="status">
        {t('settings.unavailable')}
      </p>
      <fieldset disabled>
        <legend>{t('settings.email')}</legend>
        <label>
          <input type="radio" name="digest" defaultChecked /> {t('settings.immediately')}
        </label>
        <label>
          <input type="radio" name="digest" /> {t('settings.weekly')}
        </label>
        <label>
          <input type="radio" name="digest" /> {t('settings.never')}
        </label>
      </fieldset>
    </Layout>
  );
}
