import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { NotificationPreferenceDocument, SetNotificationPreferenceDocument } from '../../documents';
import type { NotificationFrequency } from '../../gql/graphql';
import { Layout } from '../../layout';
import { Link, navigate, useLocation } from '../../router';
import { useSession } from '../../session';
import { FormError, QueryState, TextField, useAction, useQuery } from '../../ui';
import { useFields } from '../organizations/forms';
import { OrganizationLink } from '../organizations/organization-link';
import { ProfileSections } from './profile';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const { query } = useLocation();
  const { error, run } = useAction();
  const { values, bind } = useFields({ email: '', password: '' }, null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await run(async () => {
      await signIn(values.email.trim(), values.password);
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
        <TextField label={t('signIn.email')} type="email" autoComplete="username" required {...bind('email')} />
        <TextField label={t('signIn.password')} type="password" autoComplete="current-password" required {...bind('password')} />
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <ul className="plain-links">
        <li>
          <Link href="/forgot-password">{t('tokens.forgotTitle')}</Link>
        </li>
        <li>
          <Link href="/request-account">{t('signIn.requestAccount')}</Link>
        </li>
      </ul>
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
          <dd>
            <OrganizationLink organization={viewer.organization} />
          </dd>
          <dt>{t('organizations.role')}</dt>
          <dd>{t(`role.${viewer.role}`)}</dd>
        </dl>
      )}
      {viewer?.role === 'ADMIN' && (
        <p>
          <Link href="/my/webhooks">{t('webhooks.settingsLink')}</Link>
        </p>
      )}
      {viewer && <ProfileSections displayName={viewer.displayName} />}
      <QueryState loading={current.loading && !!viewer} error={current.error} />
      {viewer && current.data && (
        <form onSubmit={(event) => void save(event)} className="stacked">
          <FormError error={error} />
          {saved && (
            <p role="status" className="success">
              {t('settings.saved')}
            </p>
          )}
          <h2>{t('settings.notifications')}</h2>
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
