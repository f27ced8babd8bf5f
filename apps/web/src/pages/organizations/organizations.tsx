import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { request, type ApiRequestError } from '../../api';
import { allCountries, countryName } from '../../countries';
import { graphql } from '../../gql';
import type { OrganizationKind } from '../../gql/graphql';
import { Layout, NoticePage } from '../../layout';
import { isSupportUnit, useSession } from '../../session';
import { FormError, formatDate, QueryState, Select, Table, TextField, useAction, useQuery } from '../../ui';

const OrganizationsDocument = graphql(`
  query Organizations($first: Int) {
    organizations(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          kind
          country
          active
          createdAt
        }
      }
    }
  }
`);

const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        ...OrganizationName
      }
    }
  }
`);

const InviteAccountDocument = graphql(`
  mutation InviteAccount($input: InviteAccountInput!) {
    inviteAccount(input: $input) {
      account {
        id
        email
      }
      invitationExpiresAt
    }
  }
`);

const KINDS: OrganizationKind[] = ['STATE', 'INTERNATIONAL_ORGANIZATION', 'CIVIL_SOCIETY', 'PRIVATE_SECTOR', 'ACADEMIA', 'SUPPORT_UNIT'];

/** One of the Support Unit's forms: its heading, what it last did, its error, its fields, its button. */
function SupportForm({
  id,
  title,
  done,
  error,
  submitLabel,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  done: string | null;
  error: ApiRequestError | null;
  submitLabel: string;
  onSubmit: (event: FormEvent) => Promise<unknown>;
  children: ReactNode;
}) {
  return (
    <form onSubmit={(event) => void onSubmit(event)} className="stacked" noValidate aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {done && (
        <p role="status" className="success">
          {done}
        </p>
      )}
      <FormError error={error} />
      {children}
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </form>
  );
}

function CreateOrganizationForm({ onCreated }: { onCreated: () => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState({ name: '', kind: 'STATE' as OrganizationKind, country: '' });
  const { error, run } = useAction();
  const [done, setDone] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    return run(async () => {
      const created = await request(CreateOrganizationDocument, {
        input: { name: form.name, kind: form.kind, country: form.kind === 'STATE' ? form.country || null : null },
      });
      setDone(created.createOrganization.organization.name);
      setForm({ name: '', kind: 'STATE', country: '' });
      onCreated();
    });
  };
  return (
    <SupportForm
      id="create-org"
      title={t('organizations.create')}
      done={done && t('organizations.created', { name: done })}
      error={error}
      submitLabel={t('organizations.createSubmit')}
      onSubmit={submit}
    >
      <TextField
        label={t('organizations.name')}
        name="name"
        value={form.name}
        onChange={(event) => setForm({ ...form, name: event.target.value })}
        error={error?.fields.name}
      />
      <Select
        label={t('organizations.kind')}
        name="kind"
        value={form.kind}
        onChange={(event) => setForm({ ...form, kind: event.target.value as OrganizationKind })}
        error={error?.fields.kind}
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`orgKind.${kind}`)}
          </option>
        ))}
      </Select>
      {form.kind === 'STATE' && (
        <Select
          label={t('organizations.country')}
          name="country"
          value={form.country}
          onChange={(event) => setForm({ ...form, country: event.target.value })}
          error={error?.fields.country}
        >
          <option value="">{t('practiceForm.none')}</option>
          {allCountries(i18n.language).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </Select>
      )}
    </SupportForm>
  );
}

function InviteForm({ organizations }: { organizations: Array<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ organizationId: organizations[0]?.id ?? '', email: '', displayName: '', role: 'MEMBER' as 'MEMBER' | 'ADMIN' });
  const { error, run } = useAction();
  const [done, setDone] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    return run(async () => {
      const invited = await request(InviteAccountDocument, { input: form });
      setDone(invited.inviteAccount.account.email);
      setForm({ ...form, email: '', displayName: '' });
    });
  };
  return (
    <SupportForm
      id="invite"
      title={t('organizations.invite')}
      done={done && t('organizations.invited', { email: done })}
      error={error}
      submitLabel={t('organizations.inviteSubmit')}
      onSubmit={submit}
    >
      <Select
        label={t('organizations.organization')}
        name="organizationId"
        value={form.organizationId}
        onChange={(event) => setForm({ ...form, organizationId: event.target.value })}
        error={error?.fields.organizationId}
      >
        {organizations.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name}
          </option>
        ))}
      </Select>
      <TextField
        label={t('organizations.displayName')}
        name="displayName"
        value={form.displayName}
        onChange={(event) => setForm({ ...form, displayName: event.target.value })}
        error={error?.fields.displayName}
      />
      <TextField
        label={t('signIn.email')}
        name="email"
        type="email"
        value={form.email}
        onChange={(event) => setForm({ ...form, email: event.target.value })}
        error={error?.fields.email}
      />
      <Select
        label={t('organizations.role')}
        name="role"
        value={form.role}
        onChange={(event) => setForm({ ...form, role: event.target.value as 'MEMBER' | 'ADMIN' })}
        error={error?.fields.role}
      >
        <option value="MEMBER">{t('role.MEMBER')}</option>
        <option value="ADMIN">{t('role.ADMIN')}</option>
      </Select>
    </SupportForm>
  );
}

export function OrganizationsPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const organizations = useQuery(() => request(OrganizationsDocument, { first: 100 }), []);
  if (!isSupportUnit(viewer)) return <NoticePage title={t('organizations.title')} notice={t('common.forbidden')} />;
  const list = organizations.data?.organizations.edges.map((edge) => edge.node) ?? [];
  return (
    <Layout title={t('organizations.title')}>
      <h1>{t('organizations.title')}</h1>
      <QueryState loading={organizations.loading} error={organizations.error} />
      {list.length > 0 && (
        <Table
          caption={t('organizations.count', { count: organizations.data?.organizations.totalCount ?? 0 })}
          columns={[t('organizations.name'), t('organizations.kind'), t('organizations.country'), t('organizations.since')]}
        >
          {list.map((organization) => (
            <tr key={organization.id}>
              <td>{organization.name}</td>
              <td>{t(`orgKind.${organization.kind}`)}</td>
              <td>{organization.country ? countryName(organization.country, i18n.language) : ''}</td>
              <td>{formatDate(organization.createdAt, i18n.language)}</td>
            </tr>
          ))}
        </Table>
      )}
      <div className="two-columns">
        <CreateOrganizationForm onCreated={organizations.reload} />
        {list.length > 0 && <InviteForm organizations={list.filter((organization) => organization.active)} />}
      </div>
    </Layout>
  );
}
