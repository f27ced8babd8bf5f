import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { AccountRole } from '../../gql/graphql';
import { Select, TextField } from '../../ui';
import { InviteAccountDocument } from './documents';
import { ActionForm, useSend } from './forms';

/** Invites a person: to any active organisation for the Support Unit, to its own for an admin (`organizations` has one entry). */
export function InviteForm({ organizations, onInvited }: { organizations: Array<{ id: string; name: string }>; onInvited?: () => void }) {
  const { t } = useTranslation();
  const form = useSend(
    { organizationId: organizations[0]?.id ?? '', displayName: '', email: '', role: 'MEMBER' },
    async (values) => {
      const invited = await request(InviteAccountDocument, { input: { ...values, role: values.role as AccountRole } });
      onInvited?.();
      return invited.inviteAccount.account.email;
    },
    (email) => t('organizations.invited', { email }),
  );
  return (
    <ActionForm
      id="invite"
      title={t('organizations.invite')}
      done={form.done}
      error={form.error}
      submitLabel={t('organizations.inviteSubmit')}
      onSubmit={form.submit}
    >
      {organizations.length > 1 && (
        <Select label={t('organizations.organization')} {...form.bind('organizationId')}>
          {organizations.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </Select>
      )}
      <TextField label={t('organizations.displayName')} {...form.bind('displayName')} />
      <TextField label={t('signIn.email')} type="email" {...form.bind('email')} />
      <Select label={t('organizations.role')} {...form.bind('role')}>
        <option value="MEMBER">{t('role.MEMBER')}</option>
        <option value="ADMIN">{t('role.ADMIN')}</option>
      </Select>
    </ActionForm>
  );
}
