import { Link } from '../../router';

export const organizationPath = (id: string): string => `/organizations/${encodeURIComponent(id)}`;
export const countryPath = (code: string): string => `/countries/${encodeURIComponent(code)}`;

/** An organisation's name linking to its page (for any card or list that names one). */
export function OrganizationLink({ organization }: { organization: { id: string; name: string } }) {
  return <Link href={organizationPath(organization.id)}>{organization.name}</Link>;
}
