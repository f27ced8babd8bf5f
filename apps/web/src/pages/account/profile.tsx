import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { FormError, formatNumber, QueryState, TextField, useAction, useQuery } from '../../ui';
import '../organizations/organizations.css';
import { ActionForm, useSend } from '../organizations/forms';
import { useSession } from '../../session';
import { describeDevice } from './devices';
import { MailLanguageForm } from './mail-language';
import { ChangeDisplayNameDocument, ChangePasswordDocument, EndOtherSessionsDocument, EndSessionDocument, MySessionsDocument } from './documents';

/** A session's times to the minute, in the reader's language (ui.tsx's formatDate gives the day only). */
const formatDateTime = (value: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));

/** The server's rule for passwords (ChangePasswordInput). */
const MIN_PASSWORD = 12;

function DisplayNameForm({ displayName }: { displayName: string }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const form = useSend(
    { displayName },
    async (values) => {
      const changed = (await request(ChangeDisplayNameDocument, { input: values })).changeDisplayName.account.displayName;
      // the header names the viewer: ask again rather than wait for a reload
      await refresh();
      return changed;
    },
    (name) => t('settings.nameSaved', { name }),
    { keepValues: true },
  );
  return (
    <ActionForm
      id="display-name"
      title={t('settings.nameTitle')}
      done={form.done}
      error={form.error}
      submitLabel={t('settings.nameSubmit')}
      onSubmit={form.submit}
    >
      <TextField label={t('settings.displayName')} autoComplete="name" {...form.bind('displayName')} />
    </ActionForm>
  );
}

function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const form = useSend(
    { currentPassword: '', newPassword: '' },
    async (values) => {
      const changed = await request(ChangePasswordDocument, { input: values });
      onChanged();
      return changed.changePassword.otherSessionsEnded;
    },
    (count) => t('settings.passwordChanged', { n: formatNumber(count, i18n.language) }),
  );
  return (
    <ActionForm
      id="password"
      title={t('settings.passwordTitle')}
      done={form.done}
      error={form.error}
      submitLabel={t('settings.passwordSubmit')}
      onSubmit={form.submit}
    >
      <TextField label={t('settings.currentPassword')} type="password" autoComplete="current-password" {...form.bind('currentPassword')} />
      <TextField
        label={t('settings.newPassword')}
        hint={t('tokens.passwordLength', { min: MIN_PASSWORD })}
        type="password"
        autoComplete="new-password"
        {...form.bind('newPassword')}
      />
    </ActionForm>
  );
}

/** Where the account is signed in: each session's device and when it was last used; end one, or all but this one. */
function SessionsSection({ sessions }: { sessions: ReturnType<typeof useSessions> }) {
  const { t, i18n } = useTranslation();
  const { error, run } = useAction();
  const list = sessions.data ?? [];
  const end = (sessionId: string) =>
    run(async () => {
      await request(EndSessionDocument, { input: { sessionId } });
      sessions.reload();
    });
  const endOthers = () =>
    run(async () => {
      await request(EndOtherSessionsDocument, {});
      sessions.reload();
    });
  return (
    <section aria-labelledby="sessions">
      <h2 id="sessions">{t('settings.sessionsTitle')}</h2>
      <QueryState loading={sessions.loading} error={sessions.error} />
      <FormError error={error} />
      {list.length > 0 && (
        <>
          <p>{t('settings.sessionsCaption', { n: formatNumber(list.length, i18n.language) })}</p>
          <ul className="sessions">
            {list.map((session) => {
              const device = describeDevice(session.userAgent, t('settings.unknownDevice'));
              const lastSeen = formatDateTime(session.lastSeenAt, i18n.language);
              return (
                <li key={session.id} className="card">
                  <h3 title={session.userAgent ?? undefined}>{device}</h3>
                  <dl className="facts">
                    <dt>{t('settings.signedIn')}</dt>
                    <dd>{formatDateTime(session.createdAt, i18n.language)}</dd>
                    <dt>{t('settings.lastSeen')}</dt>
                    <dd>{lastSeen}</dd>
                  </dl>
                  {session.current ? (
                    <p>
                      <strong>{t('settings.thisSession')}</strong>
                    </p>
                  ) : (
                    <p>
                      <button type="button" onClick={() => void end(session.id)} aria-label={t('settings.endSessionNamed', { device, date: lastSeen })}>
                        {t('settings.endSession')}
                      </button>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {list.length > 1 && (
        <p>
          <button type="button" onClick={() => void endOthers()}>
            {t('settings.endOthers')}
          </button>
        </p>
      )}
    </section>
  );
}

const useSessions = () => useQuery(async () => (await request(MySessionsDocument)).mySessions, []);

/** A person's own account: their name, their password, their sessions (on the settings page). */
export function ProfileSections({ displayName }: { displayName: string }) {
  const sessions = useSessions();
  return (
    <>
      <div className="two-columns">
        <DisplayNameForm displayName={displayName} />
        <PasswordForm onChanged={sessions.reload} />
      </div>
      <MailLanguageForm />
      <SessionsSection sessions={sessions} />
    </>
  );
}
