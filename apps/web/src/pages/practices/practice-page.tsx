import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Countries } from '../../cards';
import { FollowButton } from '../../follow-button';
import { ContactOwner } from '../discussion/conversations';
import { DiscussionPanel } from '../discussion/discussion-panel';
import type { PracticeQuery } from '../../gql/graphql';
import { dirOf } from '../../i18n';
import { Layout, PendingPage } from '../../layout';
import { useOfflineQuery } from '../../offline/offline-copy';
import { OfflineNotice } from '../../offline/offline-notice';
import { CitedByTools } from '../policy-tools/cited-by-tools';
import { PracticeRecommendations } from '../recommendations/practice-recommendations';
import { Video } from '../../media';
import { Link } from '../../router';
import { isSupportUnit, useSession } from '../../session';
import { FormError, Table, TextArea, useAction, useQuery } from '../../ui';
import { PartnerNamesDocument, PracticeDocument, PublishPracticeDocument, RequestPracticeChangesDocument } from './documents';
import { ArchiveAction, InterestAction, InterestedOrganizations } from './practice-actions';
import { PracticeAssessment } from './practice-assessment';
import { History } from './practice-history';
import { PracticeTranslations } from './practice-translations';
import { CriterionVerdicts } from './quality-verdicts';
import './practices.css';
import { PracticeCoAuthors } from './practice-co-authors';
import { OrganizationLink } from '../organizations/organization-link';

export type Details = NonNullable<PracticeQuery['practice']>;

/** The text in the chosen language when there is a translation, else the original (with a notice); both as sanitised HTML from the API. */
function chooseText(practice: Details, wanted: string): { language: string; title: string; summary: string; html: string } {
  const translation = practice.language === wanted ? null : practice.translations.find((candidate) => candidate.language === wanted);
  if (translation) return { language: translation.language, title: translation.title, summary: translation.summary, html: translation.bodyHtml };
  return { language: practice.language, title: practice.title, summary: practice.summary, html: practice.bodyHtml };
}

/** Publish, or send back with a reason: the Support Unit, on a practice in review. */
function ReviewActions({ practice, onDone }: { practice: Details; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const { error, setError, run } = useAction();
  // the revision the reviewer's own assessment left, until the page's reload brings it: Publish
  // right after "Assessment sent." is the reviewer's intent, not a conflict with another change
  const [assessedRevision, setAssessedRevision] = useState(0);
  const expectedRevision = Math.max(practice.revision, assessedRevision);
  const publish = () =>
    run(async () => {
      await request(PublishPracticeDocument, { input: { id: practice.id, expectedRevision } });
      onDone();
    });
  const sendBack = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) return setReasonError(t('form.required'));
    setReasonError(undefined);
    const refused = await run(async () => {
      await request(RequestPracticeChangesDocument, { input: { id: practice.id, reason, expectedRevision } });
      onDone();
    });
    if (refused) setReasonError(refused.fields.reason);
  };
  return (
    <section aria-labelledby="review-heading" className="review no-print">
      <h2 id="review-heading">{t('review.title')}</h2>
      {practice.status === 'IN_REVIEW' && (
        <CriterionVerdicts
          practice={practice}
          onDone={(revision) => {
            setAssessedRevision(revision);
            onDone();
          }}
        />
      )}
      <FormError error={error} />
      <p>
        <button type="button" className="primary" onClick={() => void publish()}>
          {t('review.publish')}
        </button>
      </p>
      <form onSubmit={(event) => void sendBack(event)} noValidate className="stacked">
        <TextArea label={t('review.reason')} name="reason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} error={reasonError} />
        <p>
          <button type="submit">{t('review.requestChanges')}</button>
        </p>
      </form>
    </section>
  );
}

function usePartnerNames(): Map<string, string> {
  const partners = useQuery(() => request(PartnerNamesDocument), []);
  return new Map((partners.data?.organizations.edges ?? []).map(({ node }) => [node.id, node.name]));
}

export function PracticePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  // network first; what a visitor read is kept to be read again offline
  const practice = useOfflineQuery(`practice:${id}:${i18n.language}`, () => request(PracticeDocument, { id, language: i18n.language }), [
    viewer?.organization.id,
  ]);
  const organizations = usePartnerNames();
  const [contentLanguage, setContentLanguage] = useState<string | null>(null);
  const p = practice.data?.practice;
  if (!p) return <PendingPage title={t('practice.title')} query={practice} notFound />;
  const wanted = contentLanguage ?? i18n.language;
  const text = chooseText(p, wanted);
  const available = [p.language, ...p.translations.map((translation) => translation.language)];
  const ownPractice = viewer?.organization.id === p.ownerOrganizationId;
  const content = { lang: text.language, dir: dirOf(text.language) };
  return (
    <Layout title={text.title}>
      <article className="practice">
        <h1 {...content}>{text.title}</h1>
        <OfflineNotice savedAt={practice.savedAt} />
        {p.status !== 'PUBLISHED' && <p className={`badge status-${p.status}`}>{t(`status.${p.status}`)}</p>}
        {text.language !== wanted && <p className="notice">{t('practice.originalOnly', { language: t(`language.${text.language}`) })}</p>}
        {ownPractice && p.changesRequested && (
          <p className="error">
            {t('myPractices.reason')} {p.changesRequested}
          </p>
        )}
        <div className="practice-tools no-print">
          {available.length > 1 && (
            <label>
              <span>{t('practice.readIn')}</span>{' '}
              <select value={text.language} onChange={(event) => setContentLanguage(event.target.value)}>
                {available.map((code) => (
                  <option key={code} value={code}>
                    {t(`language.${code}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <FollowButton targetId={p.id} />
          {viewer && !ownPractice && p.status === 'PUBLISHED' && <InterestAction practice={p} onDone={practice.reload} />}
          {ownPractice && p.status !== 'IN_REVIEW' && p.status !== 'ARCHIVED' && (
            <Link href={`/practices/${encodeURIComponent(p.id)}/edit`} className="button">
              {t('practice.edit')}
            </Link>
          )}
          <button type="button" onClick={() => window.print()}>
            {t('practice.print')}
          </button>
        </div>
        {(ownPractice || isSupportUnit(viewer)) && p.status !== 'ARCHIVED' && <ArchiveAction practice={p} onDone={practice.reload} />}
        <p className="lead" {...content}>
          {text.summary}
        </p>
        <dl className="facts">
          <dt>{t('practice.owner')}</dt>
          <dd>{p.owner && <OrganizationLink organization={p.owner} />}</dd>
          <dt>{t('practice.countries')}</dt>
          <dd>
            <Countries codes={p.countries} />
          </dd>
          {p.implementingPartnerIds.length > 0 && (
            <>
              <dt>{t('practice.partners')}</dt>
              <dd>{p.implementingPartnerIds.map((partner) => organizations.get(partner) ?? partner).join(', ')}</dd>
            </>
          )}
          {p.themes.length > 0 && (
            <>
              <dt>{t('practice.themes')}</dt>
              <dd>{p.themes.map((theme) => theme.label).join(', ')}</dd>
            </>
          )}
          {p.period && (
            <>
              <dt>{t('practice.period')}</dt>
              <dd>{[p.period.start, p.period.end ?? t('practice.ongoing')].join(' – ')}</dd>
            </>
          )}
          {p.implementationStatus && (
            <>
              <dt>{t('practice.status')}</dt>
              <dd>{t(`implementation.${p.implementationStatus}`)}</dd>
            </>
          )}
          <dt>{t('practice.interestCount')}</dt>
          <dd>{p.interestCount}</dd>
        </dl>
        {/* bodyHtml (of the original and of each translation) is rendered from Markdown and sanitised by the API. */}
        <div className="body" {...content} dangerouslySetInnerHTML={{ __html: text.html }} />
        {p.results.length > 0 && (
          <section aria-labelledby="results-title">
            <h2 id="results-title">{t('practice.results')}</h2>
            <Table columns={[t('practice.indicator'), t('practice.value')]}>
              {p.results.map((result) => (
                <tr key={result.indicator} lang={p.language}>
                  <td>{result.indicator}</td>
                  <td>{result.value}</td>
                </tr>
              ))}
            </Table>
          </section>
        )}
        <PracticeAssessment id={p.id} revision={p.revision} language={p.language} />
        {p.resources.length > 0 && (
          <section aria-labelledby="resources-title">
            <h2 id="resources-title">{t('practice.resources')}</h2>
            <ul className="resources">
              {p.resources.map((resource) => (
                <li key={resource.url}>
                  {resource.kind === 'VIDEO' ? <Video title={resource.title} url={resource.url} /> : null}
                  <a href={resource.url} rel="noopener noreferrer">
                    {resource.title}
                  </a>{' '}
                  <span className="meta">({t(`resource.${resource.kind}`)})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      <CitedByTools tools={p.citedByPolicyTools} />
      {p.publishedAt && p.status !== 'ARCHIVED' && <PracticeRecommendations id={p.id} />}
      {p.interestedOrganizations && <InterestedOrganizations organizations={p.interestedOrganizations} />}
      {ownPractice && p.status !== 'ARCHIVED' && <PracticeTranslations practice={p} onSaved={practice.reload} />}
      {isSupportUnit(viewer) && (p.status === 'IN_REVIEW' || p.hasPendingRevision) && <ReviewActions practice={p} onDone={practice.reload} />}
      {p.status !== 'ARCHIVED' && <PracticeCoAuthors id={p.id} onChanged={practice.reload} />}
      {p.publishedAt && <ContactOwner subjectId={p.id} ownerOrganizationId={p.ownerOrganizationId} />}
      {p.status !== 'DRAFT' && p.publishedAt && <DiscussionPanel subjectId={p.id} />}
      <History id={p.id} revision={p.revision} organizations={organizations} />
    </Layout>
  );
}
