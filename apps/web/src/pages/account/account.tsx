import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { NotificationPreferenceDocument, SetNotificationPreferenceDocument } from '../../documents';
import type { NotificationFrequency } from '../../gql/graphql';
import { Layout } from '../../layout';
import { Link, navigate, useLocation } from '../../router';
import { useSession } from '../../session';
import { FormError, QueryState, TextField, useAction, useQuery } from '../../ui';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const { query } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, run } = useAction();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await run(async () => {
      await signIn(email.trim(), password);
      const next = query.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
    });
    setBusy(false);
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
        <TextField
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link href="/forgot-password">{t('tokens.forgotTitle')}</Link>
      </p>
    </Layout>
  );
}

const FREQUENCIES: NotificationFrequency[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'NONE'];

/** How often mail about what the account follows is sent. */
export function AccountSettingsPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const current = useQuery(async () => (viewer ? (await request(NotificationPreferenceDocument)).notificationPreference : null), [viewer?.id]);
  const [choice, setChoice] = useState<NotificationFrequency | null>(null);
  const [saved, setSaved] = useState(false);
  const { error, run } = useAction();
  const value = choice ?? current.data ?? 'IMMEDIATELY';
  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    return run(async () => {
      await request(SetNotificationPreferenceDocument, { input: { frequency: value } });
      setSaved(true);
    });
  };
  return (
    <Layout title={t('settings.title')}>
      <h1>{t('settings.title')}</h1>
      {!viewer && <p className="notice">{t('common.signInNeeded')}</p>}
      {viewer && (
        <dl className="facts">
          <dt>{t('signIn.email')}</dt>
          <dd>{viewer.email}</dd>
          <dt>{t('settings.organization')}</dt>
          <dd>{viewer.organization.name}</dd>
        </dl>
      )}
      <QueryState loading={current.loading && !!viewer} error={current.error} />
      {viewer && current.data && (
        <form onSubmit={(event) => void save(event)} className="stacked">
          <FormError error={error} />
          {saved && (
            <p role="status" className="success">
              {t('settings.saved')}
            </p>
          )}
          <fieldset>
            <legend>{t('settings.email')}</legend>
            {FREQUENCIES.map((frequency) => (
              <label key={frequency} className="choice">
                <input type="radio" name="frequency" value={frequency} checked={value === frequency} onChange={() => setChoice(frequency)} />{' '}
                {t(`frequency.${frequency}`)}
              </label>
            ))}
          </fieldset>
          <p>
            <button type="submit" className="primary">
              {t('settings.save')}
            </button>
          </p>
        </form>
      )}
    </Layout>
  );
}
