import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from './countries';
import { listSeparator } from './intl';
import { Link } from './router';

/** The countries' names joined with the reader's comma (Arabic ،, Chinese 、). */
export const countryNames = (codes: string[], language: string) => codes.map((code) => countryName(code, language)).join(listSeparator(language));

/** The countries' names in the reader's language; with `prefix`, nothing at all when there are none. */
export function Countries({ codes, prefix = '' }: { codes: string[]; prefix?: string }) {
  const { i18n } = useTranslation();
  if (prefix && codes.length === 0) return null;
  return (
    <>
      {prefix}
      {countryNames(codes, i18n.language)}
    </>
  );
}

/** A card whose title links to the thing's page. */
export function Card({
  href,
  title,
  heading: Heading = 'h3',
  titleDir,
  lang,
  dir,
  children,
}: {
  href: string;
  title: string;
  heading?: 'h2' | 'h3';
  titleDir?: 'auto';
  lang?: string;
  dir?: string;
  children: ReactNode;
}) {
  return (
    <article className="card" lang={lang} dir={dir}>
      <Heading dir={titleDir}>
        <Link href={href}>{title}</Link>
      </Heading>
      {children}
    </article>
  );
}
