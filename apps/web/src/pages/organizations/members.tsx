import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { AccountRole } from '../../gql/graphql';
import { useSession } from '../../session';
import { FormError, QueryState, Table, useAction, useQuery } from '../../ui';
import { ChangeAccountRoleDocument, OrganizationAccountsDocument, RemoveAccountDocument, type MemberAccount } from './documents';
import { InviteForm } from './invite-form';

const ROLES: AccountRole[] = ['MEMBER', 'ADMIN'];

/** One account: its role to change (with a button, not on change), and removal in two steps. */
function AccountRow({ account, run, onChanged }: { account: MemberAccount; run: ReturnType<typeof useAction>['run']; onChanged: () => void }) {
  const { t } = useTranslation();
  const { viewer, refresh } = useSession();
  const [role, setRole] = useState<AccountRole>(account.role);
  const [confirming, setConfirming] = useState(false);
  const changeRole = () =>
    run(async () => {
      await request(ChangeAccountRoleDocument, { input: { accountId: account.id, role } });
      onChanged();
      // one's own role decides what the header and the pages offer
      if (account.id === viewer?.id) await refresh();
    });
  const remove = async () => {
    await run(async () => {
      await request(RemoveAccountDocument, { input: { accountId: account.id } });
      onChanged();
    });
    setConfirming(false);
  };
  const who = account.id === viewer?.id ? t('organizations.you', { name: account.displayName }) : account.displayName;
  return (
    <tr>
      <td data-label={t('organizations.displayName')}>{who}</td>
      <td data-label={t('signIn.email')}>{account.email}</td>
      <td data-label={t('organizations.role')}>
        <span className="inline-control">
          <select
            name="role"
            aria-label={t('organizations.roleOf', { name: account.displayName })}
            value={role}
            onChange={(event) => setRole(event.target.value as AccountRole)}
          >
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`role.${value}`)}
              </option>
            ))}
          </select>
          <button type="button" disabled={role === account.role} onClick={() => void changeRole()}>
            {t('organizations.changeRole')}
          </button>
        </span>
      </td>
      <td data-label={t('organizations.status')}>{account.activated ? t('organizations.activated') : t('organizations.invitedStatus')}</td>
      <td data-label={t('organizations.actions')}>
        {confirming ? (
          <span className="inline-control">
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('organizations.confirmRemove', { name: account.displayName })}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('organizations.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} aria-label={t('organizations.removeNamed', { name: account.displayName })}>
            {t('organizations.remove')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** An organisation's accounts, for its admins and the Support Unit: roles, removal, invitations. */
export function AccountsSection({ organization }: { organization: { id: string; name: string; active: boolean } }) {
  const { t } = useTranslation();
  const accounts = useQuery(
    async () => (await request(OrganizationAccountsDocument, { organizationId: organization.id })).organizationAccounts,
    [organization.id],
  );
  const { error, run } = useAction();
  return (
    <section aria-labelledby="accounts" className="accounts">
      <h2 id="accounts">{t('organizations.accounts')}</h2>
      <QueryState loading={accounts.loading} error={accounts.error} />
      <FormError error={error} />
      {accounts.data && (
        <Table
          caption={t('organizations.accountsOf', { name: organization.name })}
          columns={[t('organizations.displayName'), t('signIn.email'), t('organizations.role'), t('organizations.status'), t('organizations.actions')]}
        >
          {accounts.data.map((account) => (
            <AccountRow key={`${account.id}-${account.role}`} account={account} run={run} onChanged={accounts.reload} />
          ))}
        </Table>
      )}
      {organization.active && <InviteForm organizations={[organization]} onInvited={accounts.reload} />}
    </section>
  );
}
