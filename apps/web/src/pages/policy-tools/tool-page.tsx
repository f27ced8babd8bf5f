import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Countries } from '../../cards';
import { FollowButton } from '../../follow-button';
import { AggregateHistory } from '../../history/aggregate-history';
import { dirOf } from '../../i18n';
import { formatDate } from '../../intl';
import { Layout, PendingPage } from '../../layout';
import { OfflineNotice } from '../../offline/offline-notice';
import { useOfflineQuery } from '../../offline/offline-copy';
import { Link, useLocation } from '../../router';
import { useSession } from '../../session';
import { EditionsTimeline, ToolDifferences } from './tool-editions';
import { ExampleLink, OwnerProposals, ProposeExample, ViewerProposals } from './tool-examples';
import { AddTranslation, ReleaseEdition } from './tool-owner';
import { loadToolPage, useToolUpdates, type Tool, type ToolEdition } from './tool-data';
import { toolHref } from './tool-card';
import './policy-tools.css';

type Translation = Tool['translations'][number];

/** The edition's text, or a translation of it (title, summary and each section it translates). */
function readIn(edition: ToolEdition, translation: Translation | null) {
  if (!translation) return { language: edition.language, title: edition.title, summary: edition.summary, sections: edition.sections };
  const byKey = new Map(translation.sections.map((section) => [section.key, section]));
  return {
    language: translation.language,
    title: translation.title || edition.title,
    summary: translation.summary || edition.summary,
    sections: edition.sections.map((section) => {
      const translated = byKey.get(section.key);
      return translated ? { ...section, title: translated.title, bodyHtml: translated.bodyHtml, translated: true } : { ...section, translated: false };
    }),
  };
}

/** Each language version of the edition shown: complete or not, up to date or translating an earlier edition. */
function LanguageVersions({ tool, edition }: { tool: Tool; edition: ToolEdition }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="tool-languages" className="tool-languages">
      <h2 id="tool-languages">{t('tools.languages')}</h2>
      <ul>
        <li>
          {t(`language.${edition.language}`)} · {t('tools.original')}
        </li>
        {tool.translations.map((translation) => (
          <li key={translation.language}>
            {t(`language.${translation.language}`)} · {translation.complete ? t('tools.complete') : t('tools.incomplete')}
            {' · '}
            {translation.outOfDate ? (
              <strong className="out-of-date">{t('tools.outOfDate', { edition: translation.edition })}</strong>
            ) : (
              t('tools.upToDate')
            )}{' '}
            <span className="meta">({formatDate(translation.addedAt, i18n.language)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ToolPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const { query } = useLocation();
  const asked = Number(query.get('edition')) || null;
  const page = useOfflineQuery(`policyTool:${id}:${asked ?? 'current'}:${i18n.language}`, () => loadToolPage(id, asked, i18n.language), [viewer?.organization.id]);
  const [chosenLanguage, setChosenLanguage] = useState<string | null>(null);
  const tool = page.data?.tool ?? null;
  const { changed } = useToolUpdates(id, page.savedAt ? null : (tool?.revision ?? null), page.reload);
  if (!tool) return <PendingPage title={t('tools.title')} query={page} notFound />;
  const { names, practices, themes: themeNames } = page.data!;
  const edition = tool.edition;
  const owner = viewer?.organization.id === tool.ownerOrganizationId;
  const editor = owner || tool.contributors.some((contributor) => contributor.organizationId === viewer?.organization.id);
  if (!edition)
    return (
      <Layout title={t('tools.title')}>
        <h1>{t('tools.notReleased')}</h1>
        <OfflineNotice savedAt={page.savedAt} />
        {editor && (
          <p>
            <Link href={`/tools/${encodeURIComponent(tool.id)}/edit`} className="button">
              {t('tools.editDraft')}
            </Link>
          </p>
        )}
        {owner && <ReleaseEdition tool={tool} onDone={page.reload} />}
      </Layout>
    );
  const wanted = chosenLanguage ?? i18n.language;
  const translation = edition.language === wanted ? null : (tool.translations.find((candidate) => candidate.language === wanted) ?? null);
  const text = readIn(edition, translation);
  const content = { lang: text.language, dir: dirOf(text.language) };
  const readable = [edition.language, ...tool.translations.map((candidate) => candidate.language)];
  const older = edition.number !== tool.currentEdition;
  return (
    <Layout title={text.title}>
      <article className="policy-tool">
        <p className="meta">
          {t(`tools.kind.${tool.kind}`)} · {t('tools.editionOf', { number: edition.number, date: formatDate(edition.releasedAt, i18n.language) })}
        </p>
        <h1 {...content}>{text.title}</h1>
        <OfflineNotice savedAt={page.savedAt} />
        {changed && (
          <p className="notice" role="status">
            {t('tools.updatedLive')}
          </p>
        )}
        {older && (
          <p className="notice">
            {t('tools.olderEdition', { number: edition.number, current: tool.currentEdition })}{' '}
            <Link href={toolHref(tool.id)}>{t('tools.readCurrent')}</Link>
          </p>
        )}
        {text.language !== wanted && <p className="notice">{t('tools.notTranslated', { language: t(`language.${text.language}`) })}</p>}
        {translation?.outOfDate && <p className="notice">{t('tools.translationOutOfDate', { edition: translation.edition })}</p>}
        <div className="practice-tools no-print">
          {readable.length > 1 && (
            <label>
              <span>{t('practice.readIn')}</span>{' '}
              <select value={text.language} onChange={(event) => setChosenLanguage(event.target.value)}>
                {readable.map((code) => (
                  <option key={code} value={code}>
                    {t(`language.${code}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {!page.savedAt && <FollowButton targetId={tool.id} />}
          {editor && !page.savedAt && (
            <Link href={`/tools/${encodeURIComponent(tool.id)}/edit`} className="button">
              {t('tools.editDraft')}
            </Link>
          )}
        </div>
        <p className="lead" {...content}>
          {text.summary}
        </p>
        <dl className="facts">
          <dt>{t('tools.owner')}</dt>
          <dd>{tool.owner?.name}</dd>
          {tool.contributors.length > 0 && (
            <>
              <dt>{t('tools.contributors')}</dt>
              <dd>
                {tool.contributors
                  .map((contributor) => `${names[contributor.organizationId] ?? contributor.organizationId} (${t(`tools.role.${contributor.role}`)})`)
                  .join(', ')}
              </dd>
            </>
          )}
          {edition.countries.length > 0 && (
            <>
              <dt>{t('tools.countries')}</dt>
              <dd>
                <Countries codes={edition.countries} />
              </dd>
            </>
          )}
          {edition.themes.length > 0 && (
            <>
              <dt>{t('tools.themes')}</dt>
              <dd>{edition.themes.map((theme) => themeNames[theme] ?? theme).join(', ')}</dd>
            </>
          )}
          {edition.year !== null && edition.year !== undefined && (
            <>
              <dt>{t('tools.year')}</dt>
              <dd>{edition.year}</dd>
            </>
          )}
          {tool.currentStep && (
            <>
              <dt>{t('tools.stepReached')}</dt>
              <dd>{t('tools.stepOf', { number: tool.currentStep.number, title: tool.currentStep.title })}</dd>
            </>
          )}
          {edition.dataSources.length > 0 && (
            <>
              <dt>{t('tools.dataSources')}</dt>
              <dd>{edition.dataSources.join('; ')}</dd>
            </>
          )}
        </dl>
        {text.sections.map((section) => (
          <section key={section.key} aria-labelledby={`section-${section.key}`} className="tool-section">
            <h2 id={`section-${section.key}`} {...content}>
              {section.title}
            </h2>
            {/* bodyHtml is rendered from Markdown and sanitised by the API, as practice bodies are. */}
            <div className="body" {...content} dangerouslySetInnerHTML={{ __html: section.bodyHtml }} />
            {section.examples.length > 0 && (
              <>
                <h3>{t('tools.examples')}</h3>
                <ul className="tool-examples">
                  {section.examples.map((example, i) => (
                    <li key={`${example.practiceId ?? example.url}-${i}`}>
                      <ExampleLink example={example} practices={practices} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ))}
      </article>
      <LanguageVersions tool={tool} edition={edition} />
      <EditionsTimeline tool={tool} shown={edition.number} />
      {!page.savedAt && tool.editions.length > 1 && <ToolDifferences tool={tool} practices={practices} />}
      {!page.savedAt && viewer && !owner && <ViewerProposals tool={tool} practices={practices} />}
      {!page.savedAt && viewer && <ProposeExample tool={tool} onDone={page.reload} />}
      {!page.savedAt && owner && <OwnerProposals tool={tool} names={names} practices={practices} onDone={page.reload} />}
      {!page.savedAt && owner && <ReleaseEdition tool={tool} onDone={page.reload} />}
      {!page.savedAt && editor && <AddTranslation tool={tool} onDone={page.reload} />}
      {/* readers have the editions timeline; the event by event audit is for the people who write the tool */}
      {!page.savedAt && editor && <AggregateHistory id={tool.id} names={names} revision={tool.revision} />}
    </Layout>
  );
}
