import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { listSeparator } from '../../intl';
import { Link } from '../../router';

export const organizationPath = (id: string): string => `/organizations/${encodeURIComponent(id)}`;
export const countryPath = (code: string): string => `/countries/${encodeURIComponent(code)}`;

/** An organisation's name linking to its page (for any card or list that names one). */
export function OrganizationLink({ organization }: { organization: { id: string; name: string } }) {
  return <Link href={organizationPath(organization.id)}>{organization.name}</Link>;
}

/** What a catalogue sentence gets in place of a name that is to be a link: `t('projects.ledBy', { name: SLOT })`. */
export const SLOT = '\u0001';

/** A translated sentence with `slots` (links) where its SLOTs are, in order: the words around them stay the catalogue's. */
export function Sentence({ text, slots }: { text: string; slots: ReactNode[] }) {
  const parts = text.split(SLOT);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && slots[i]}
        </Fragment>
      ))}
    </>
  );
}

/**
 * Organisations' names, each linking to its page, with the reader's comma between them; one
 * not known to the reader (null) keeps its name without a link. `label` words a name (e.g. "not confirmed yet").
 */
export function OrganizationLinks({
  organizations,
  label,
}: {
  organizations: Array<{ id: string; name: string } | null | undefined>;
  label?: (index: number, link: ReactNode) => ReactNode;
}) {
  const { i18n } = useTranslation();
  return (
    <>
      {organizations.map((organization, i) => {
        const link = organization ? <OrganizationLink organization={organization} /> : null;
        return (
          <Fragment key={organization?.id ?? i}>
            {i > 0 && listSeparator(i18n.language)}
            {label ? label(i, link) : link}
          </Fragment>
        );
      })}
    </>
  );
}
