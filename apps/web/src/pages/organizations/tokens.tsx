import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request, resetSubscriptions } from '../../api';
import { graphql } from '../../gql';
import { Layout } from '../../layout';
import { Link, useLocation } from '../../router';
import { FormError, TextField, useAction } from '../../ui';

const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      expiresAt
    }
  }
`);

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      passwordReset
    }
  }
`);

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      accepted
    }
  }
`);

/** The server's rule for passwords (AcceptInvitationInput, ResetPasswordInput). */
const MIN_PASSWORD = 12;

/** The page an invitation mail links to (/accept-invitation?token=…), and the one a reset mail links to. */
function NewPasswordPage({ kind }: { kind: 'invitation' | 'reset' }) {
  const { t } = useTranslation();
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  const [password, setPassword] = useState('');
  const { error, setError, run } = useAction();
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const title = kind === 'invitation' ? t('tokens.invitationTitle') : t('tokens.resetTitle');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (password.length < MIN_PASSWORD) return setFieldError(t('tokens.passwordLength', { min: MIN_PASSWORD }));
    setFieldError(undefined);
    const refused = await run(async () => {
      if (kind === 'invitation') {
        await request(AcceptInvitationDocument, { input: { token, password } });
        resetSubscriptions();
        // The answer set the session cookie: reload so the whole site knows the viewer.
        window.location.assign('/');
      } else {
        await request(ResetPasswordDocument, { input: { token, password } });
        setDone(true);
      }
    });
    if (refused) setFieldError(refused.fields.password);
  };
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {done ? (
        <p role="status" className="success">
          {t('tokens.resetDone')} <Link href="/sign-in">{t('nav.signIn')}</Link>
        </p>
      ) : (
        <form onSubmit={(event) => void submit(event)} className="stacked narrow" noValidate>
          <FormError error={error} />
          <TextField
            label={t('tokens.newPassword')}
            hint={t('tokens.passwordLength', { min: MIN_PASSWORD })}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldError}
          />
          <p>
            <button type="submit" className="primary">
              {title}
            </button>
          </p>
        </form>
      )}
    </Layout>
  );
}

export const AcceptInvitationPage = () => <NewPasswordPage kind="invitation" />;
export const ResetPasswordPage = () => <NewPasswordPage kind="reset" />;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      await request(RequestPasswordResetDocument, { input: { email: email.trim() } });
      setSent(true);
    });
  };
  return (
    <Layout title={t('tokens.forgotTitle')}>
      <h1>{t('tokens.forgotTitle')}</h1>
      {sent ? (
        <p role="status" className="success">
          {t('tokens.forgotSent')}
        </p>
      ) : (
        <form onSubmit={(event) => void submit(event)} className="stacked narrow" noValidate>
          <FormError error={error} />
          <TextField
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={error?.fields.email}
          />
          <p>
            <button type="submit" className="primary">
              {t('tokens.forgotSubmit')}
            </button>
          </p>
        </form>
      )}
    </Layout>
  );
}
