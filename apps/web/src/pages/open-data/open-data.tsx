import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Layout } from '../../layout';
import './open-data.css';

/** The exports the registry serves (/export/index.json lists them with their columns), each with its JSON Schema. */
const EXPORTS = ['practices', 'calls', 'projects', 'project-updates', 'organizations'] as const;
type ExportName = (typeof EXPORTS)[number];

interface ColumnDoc {
  name: string;
  type: string;
  nullable: boolean;
  description: string;
}

/** The columns of each export, from the server (their descriptions are the JSON Schemas', in English: the catalogue words them in the reader's language). */
function useColumns(): Record<string, ColumnDoc[]> | null {
  const [columns, setColumns] = useState<Record<string, ColumnDoc[]> | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/export/index.json')
      .then((r) => (r.ok ? (r.json() as Promise<{ exports: Array<{ name: string; columns: ColumnDoc[] }> }>) : Promise.reject(new Error(String(r.status)))))
      .then((index) => live && setColumns(Object.fromEntries(index.exports.map((e) => [e.name, e.columns]))))
      .catch(() => live && setColumns({}));
    return () => {
      live = false;
    };
  }, []);
  return columns;
}

function Download({ name, columns }: { name: ExportName; columns: ColumnDoc[] | undefined }) {
  const { t, i18n } = useTranslation();
  const title = t(`openData.export.${name}`);
  return (
    <li className="open-data-export">
      <h3 id={`export-${name}`}>{title}</h3>
      <p>{t(`openData.exportText.${name}`)}</p>
      <ul className="open-data-links" aria-labelledby={`export-${name}`}>
        <li>
          <a href={`/export/${name}.csv`} type="text/csv" download>
            {t('openData.csv')}
            <span className="open-data-hidden"> {title}</span>
          </a>
        </li>
        <li>
          <a href={`/export/${name}.json`} type="application/json">
            {t('openData.json')}
            <span className="open-data-hidden"> {title}</span>
          </a>
        </li>
        <li>
          <a href={`/export/${name}.schema.json`} type="application/schema+json">
            {t('openData.schema')}
            <span className="open-data-hidden"> {title}</span>
          </a>
        </li>
      </ul>
      {columns && columns.length > 0 && (
        <details>
          <summary>{t('openData.columns', { n: columns.length })}</summary>
          {/* Focusable so keyboard users can scroll a table wider than a phone. */}
          <div className="open-data-table" role="region" aria-label={t('openData.columnsOf', { title })} tabIndex={0}>
            <table>
              <caption>{t('openData.columnsOf', { title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('openData.column')}</th>
                  <th scope="col">{t('openData.type')}</th>
                  <th scope="col">{t('openData.description')}</th>
                </tr>
              </thead>
              <tbody>
                {columns.map((c) => {
                  // a column the catalogue does not know yet keeps the server's English words, marked as English
                  const key = `openData.col.${name}.${c.name}`;
                  const translated = i18n.exists(key);
                  return (
                    <tr key={c.name}>
                      <th scope="row">
                        <code dir="ltr">{c.name}</code>
                      </th>
                      <td>
                        <code dir="ltr">{c.type}</code>
                        {c.nullable ? ` ${t('openData.nullable')}` : ''}
                      </td>
                      <td lang={translated ? undefined : 'en'}>{translated ? t(key) : c.description}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </li>
  );
}

/** /open-data: every download with its schema, every Atom feed, the GraphQL endpoint and its explorer. */
export function OpenDataPage() {
  const { t } = useTranslation();
  const columns = useColumns();
  return (
    <Layout title={t('openData.title')}>
      <h1>{t('openData.title')}</h1>
      <p>{t('openData.intro')}</p>
      <p>{t('openData.format')}</p>

      <section aria-labelledby="open-data-downloads">
        <h2 id="open-data-downloads">{t('openData.downloads')}</h2>
        <ul className="open-data-exports">
          {EXPORTS.map((name) => (
            <Download key={name} name={name} columns={columns?.[name]} />
          ))}
        </ul>
        <p>
          <a href="/export/index.json" type="application/json">
            {t('openData.index')}
          </a>
        </p>
      </section>

      <section aria-labelledby="open-data-feeds">
        <h2 id="open-data-feeds">{t('openData.feeds')}</h2>
        <ul>
          <li>
            <a href="/feeds/practices.atom" type="application/atom+xml">
              {t('openData.feedPractices')}
            </a>
          </li>
          <li>
            <a href="/feeds/calls.atom" type="application/atom+xml">
              {t('openData.feedCalls')}
            </a>
          </li>
          <li>
            {t('openData.feedProject')} <code dir="ltr">/feeds/projects/&lt;id&gt;.atom</code>
          </li>
        </ul>
      </section>

      <section aria-labelledby="open-data-api">
        <h2 id="open-data-api">{t('openData.api')}</h2>
        <p>{t('openData.apiText')}</p>
        <ul>
          <li>
            {t('openData.endpoint')} <code dir="ltr">POST /graphql</code>
          </li>
          <li>
            <a href="/graphql">{t('openData.explorer')}</a>
          </li>
        </ul>
      </section>
      <p className="open-data-license">{t('openData.license')}</p>
    </Layout>
  );
}
