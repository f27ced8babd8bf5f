import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Countries } from '../../cards';
import { dirOf } from '../../i18n';
import { formatDate } from '../../intl';
import type { PolicyToolCard as Tool } from './documents';

/** The title and summary in the reader's language when a translation has them, else as written. */
export function toolText(tool: Pick<Tool, 'edition' | 'translations'>, language: string): { title: string; summary: string; language: string } {
  const edition = tool.edition;
  const translated = edition?.language === language ? null : tool.translations.find((candidate) => candidate.language === language && candidate.title);
  if (translated) return { title: translated.title, summary: translated.summary, language };
  return { title: edition?.title ?? '', summary: edition?.summary ?? '', language: edition?.language ?? 'en' };
}

export const toolHref = (id: string, edition?: number) => `/tools/${encodeURIComponent(id)}${edition ? `?edition=${edition}` : ''}`;

export function ToolCard({ tool, heading = 'h3', children }: { tool: Tool; heading?: 'h2' | 'h3'; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const text = toolText(tool, i18n.language);
  const edition = tool.edition;
  return (
    <Card href={toolHref(tool.id)} title={text.title || t('tools.untitled')} heading={heading} lang={text.language} dir={dirOf(text.language)}>
      <p className="meta" lang={i18n.language} dir={dirOf(i18n.language)}>
        {t(`tools.kind.${tool.kind}`)}
        {tool.owner && ` · ${tool.owner.name}`}
        {edition && ` · ${t('tools.editionOf', { number: edition.number, date: formatDate(edition.releasedAt, i18n.language) })}`}
        {edition && edition.year !== null && edition.year !== undefined && ` · ${edition.year}`}
        {edition && <Countries codes={edition.countries} prefix=" · " />}
      </p>
      <p>{text.summary}</p>
      {edition && edition.languages.length > 0 && (
        <p className="meta" lang={i18n.language} dir={dirOf(i18n.language)}>
          {t('tools.availableIn', { languages: edition.languages.map((code) => t(`language.${code}`)).join(', ') })}
        </p>
      )}
      {children}
    </Card>
  );
}
