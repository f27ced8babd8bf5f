import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request, useLiveRevision } from '../../api';
import { Countries } from '../../cards';
import { countryName } from '../../countries';
import { FollowButton } from '../../follow-button';
import type { CallQuery } from '../../gql/graphql';
import { AggregateHistory } from '../../history/aggregate-history';
import { Layout, PendingPage } from '../../layout';
import { Link } from '../../router';
import { useSession } from '../../session';
import { FormError, formatDate, useAction, useQuery } from '../../ui';
import { EditCallForm } from './call-form';
import { LaunchFromCallForm } from './call-launch';
import { RespondForm, Responses } from './call-responses';
import { CallDocument, CallProjectDocument, CallUpdatedDocument, CloseCallDocument, ConfirmCoPostingDocument } from './documents';
import './calls.css';
import { useCallThemes } from './call-themes';
import { OrganizationLinks, Sentence, SLOT } from '../organizations/organization-link';
import { ContactOwner } from '../discussion/conversations';
import { DiscussionPanel } from '../discussion/discussion-panel';

export type Call = NonNullable<CallQuery['callForAction']>;

/**
 * Each change of the call (a response, an acceptance, the launch) arrives as the call just after
 * it (callForActionUpdated): the page shows the newest of what it loaded and what it heard.
 */
function useLiveCall(callId: string, loaded: Call | null | undefined): { call: Call | null | undefined; live: boolean } {
  const { heard, live } = useLiveRevision(CallUpdatedDocument, { callId }, (m) => m.callForActionUpdated.callForAction);
  return { call: heard && (!loaded || heard.revision > loaded.revision) ? heard : loaded, live };
}

/** A converted call names its project by the project's title. */
function ConvertedTo({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const project = useQuery(() => request(CallProjectDocument, { id: projectId }), [projectId]);
  const title = project.data?.partnershipProject?.title;
  return (
    <p className="call-converted">
      {t('calls.becameProjectLead')}{' '}
      <Link href={`/projects/${encodeURIComponent(projectId)}`}>{title ?? (project.loading ? t('common.loading') : t('calls.theProject'))}</Link>
    </p>
  );
}

type Panel = 'none' | 'edit' | 'launch';

export function CallPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const call = useQuery(() => request(CallDocument, { id }), [id]);
  const themes = useCallThemes();
  const { call: c, live } = useLiveCall(id, call.data?.callForAction);
  const [panel, setPanel] = useState<Panel>('none');
  const { error, run } = useAction();
  if (!c) return <PendingPage title={t('calls.title')} query={call} notFound />;
  const mine = viewer?.organization.id;
  const poster = c.posters.find((p) => p.organizationId === mine);
  const isPoster = Boolean(poster);
  const names: Record<string, string> = Object.fromEntries(
    [...c.posters, ...c.responses].map((entry) => [entry.organizationId, entry.organization?.name ?? '']),
  );
  const themeLabels = new Map(themes.data?.themes.map((theme) => [theme.id, theme.label]));
  const act = (action: () => Promise<unknown>) =>
    run(async () => {
      await action();
      call.reload();
    });
  const formatValue = (field: string, value: string) => {
    if (field === 'status') return t(`callStatus.${value}`);
    if (field === 'kind') return t(`callKind.${value}`);
    if (field === 'deadline') return formatDate(value, i18n.language);
    if (field === 'countries')
      return value
        .split(', ')
        .map((code) => countryName(code, i18n.language))
        .join(', ');
    if (field === 'themes')
      return value
        .split(', ')
        .map((theme) => themeLabels.get(theme) ?? theme)
        .join(', ');
    if (field.startsWith('response.')) {
      const [status, offer, ...message] = value.split(' · ');
      return [t(`responseStatus.${status}`), t(`callKind.${offer}`), message.join(' · ')].join(' · ');
    }
    return value;
  };
  const accepted = c.responses.filter((r) => r.status === 'ACCEPTED');
  const open = c.status === 'OPEN' || c.status === 'PENDING';
  return (
    <Layout title={c.title}>
      <article className="call-page">
        <h1 dir="auto">{c.title}</h1>
        <p className="meta">
          <span className={`call-status call-status-${c.status.toLowerCase()}`}>{t(`callStatus.${c.status}`)}</span> · {t(`callKind.${c.kind}`)} ·{' '}
          <Sentence
            text={t('calls.postedBy', { names: SLOT })}
            slots={[
              <OrganizationLinks
                key="posters"
                organizations={c.posters.map((p) => p.organization)}
                label={(i, link) => (c.posters[i].confirmed ? link : <Sentence text={t('calls.unconfirmed', { name: SLOT })} slots={[link]} />)}
              />,
            ]}
          />
        </p>
        {c.countries.length > 0 && (
          <p>
            <Countries codes={c.countries} />
          </p>
        )}
        {c.themes.length > 0 && <p className="meta">{c.themes.map((theme) => themeLabels.get(theme) ?? theme).join(', ')}</p>}
        <p>{c.deadline ? t('calls.deadline', { date: formatDate(c.deadline, i18n.language) }) : t('calls.noDeadline')}</p>
        <p dir="auto" className="call-description">
          {c.description}
        </p>
        {c.projectId && <ConvertedTo projectId={c.projectId} />}
        <div className="practice-tools call-tools">
          <FollowButton targetId={c.id} />
          {poster && !poster.confirmed && (
            <button
              type="button"
              className="primary"
              onClick={() => void act(() => request(ConfirmCoPostingDocument, { input: { callId: c.id, expectedRevision: c.revision } }))}
            >
              {t('calls.confirmCoPosting')}
            </button>
          )}
          {isPoster && c.status !== 'CONVERTED' && (
            <button type="button" aria-expanded={panel === 'edit'} onClick={() => setPanel(panel === 'edit' ? 'none' : 'edit')}>
              {t('calls.edit')}
            </button>
          )}
          {isPoster && open && (
            <button type="button" onClick={() => void act(() => request(CloseCallDocument, { input: { callId: c.id, expectedRevision: c.revision } }))}>
              {t('calls.close')}
            </button>
          )}
          {isPoster && c.status !== 'CONVERTED' && c.status !== 'PENDING' && (
            <button type="button" className="primary" aria-expanded={panel === 'launch'} onClick={() => setPanel(panel === 'launch' ? 'none' : 'launch')}>
              {t('calls.launch')}
            </button>
          )}
          <span className="live-state" role="status">
            {live ? t('calls.live') : ''}
          </span>
        </div>
        <FormError error={error} />
        {panel === 'edit' && (
          <EditCallForm
            callId={c.id}
            revision={c.revision}
            initial={{
              title: c.title,
              description: c.description,
              kind: c.kind,
              themes: c.themes,
              countries: c.countries,
              deadline: c.deadline?.slice(0, 10) ?? '',
            }}
            onDone={(saved) => {
              setPanel('none');
              if (saved) call.reload();
            }}
          />
        )}
        {panel === 'launch' && <LaunchFromCallForm call={c} accepted={accepted} />}
        <Responses call={c} isPoster={isPoster} act={act} />
        {viewer && !isPoster && <RespondForm call={c} onDone={call.reload} />}
        <ContactOwner subjectId={c.id} owners={c.posters.map((p) => ({ id: p.organizationId, name: p.organization?.name }))} />
        <DiscussionPanel subjectId={c.id} />
        <AggregateHistory id={c.id} names={names} revision={c.revision} formatValue={formatValue} />
      </article>
    </Layout>
  );
}
