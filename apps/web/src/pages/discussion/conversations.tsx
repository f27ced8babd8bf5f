import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { ConversationsQuery } from '../../gql/graphql';
import { Layout } from '../../layout';
import { Link } from '../../router';
import { useSession } from '../../session';
import { FormError, formatDate, QueryState, Select, TextArea, useAction, useQuery } from '../../ui';
import { ConversationsDocument, SendMessageDocument, StartConversationDocument } from './documents';
import './discussion.css';

type Thread = ConversationsQuery['conversations']['edges'][number]['node'];

const SUBJECT_PATH: Record<string, string> = { practice: '/practices/', callForAction: '/calls/', project: '/projects/', policyTool: '/tools/' };
const subjectPath = (id: string) => `${SUBJECT_PATH[id.split('-')[0]] ?? '/'}${encodeURIComponent(id)}`;

/** An owner of the subject: its organisation id, and its name when the page has it (several owners: the writer picks one). */
export interface SubjectOwner {
  id: string;
  name?: string | null;
}

/**
 * "Contact the owner" of a practice, call, project or policy tool, for signed-in members of
 * other organisations: `owners` are the subject's owners as the API knows them (a practice's
 * state, a call's posters, a project's lead, a tool's owner); shown to none of their members.
 * Policy tool pages: `<ContactOwner subjectId={tool.id} owners={[{ id: tool.ownerOrganizationId, name }]} />`.
 */
export function ContactOwner({ subjectId, owners, ownerOrganizationId }: { subjectId: string; owners?: SubjectOwner[]; ownerOrganizationId?: string }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const candidates = owners ?? (ownerOrganizationId ? [{ id: ownerOrganizationId }] : []);
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [to, setTo] = useState(candidates[0]?.id ?? '');
  const [sent, setSent] = useState(false);
  const { error, run } = useAction();
  if (!viewer || candidates.length === 0 || candidates.some((o) => o.id === viewer.organization.id)) return null;
  const withOrganizationId = candidates.some((o) => o.id === to) ? to : candidates[0].id;
  if (sent)
    return (
      <p role="status">
        {t('conversations.sent')} <Link href="/my/conversations">{t('conversations.title')}</Link>
      </p>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await run(() => request(StartConversationDocument, { input: { subjectId, withOrganizationId, body } })))) setSent(true);
  };
  return (
    <div className="contact-owner">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('conversations.contactOwner')}
      </button>
      {open && (
        <form className="stacked" onSubmit={(event) => void submit(event)} noValidate>
          <FormError error={error} />
          {candidates.length > 1 && (
            <Select
              label={t('conversations.writeTo')}
              name="withOrganizationId"
              value={withOrganizationId}
              onChange={(event) => setTo(event.target.value)}
              error={error?.fields.withOrganizationId}
            >
              {candidates.map((o) => (
                <option key={o.id} value={o.id} dir="auto">
                  {o.name || t('discussion.someone')}
                </option>
              ))}
            </Select>
          )}
          <TextArea
            label={t('conversations.message')}
            name="body"
            value={body}
            rows={3}
            onChange={(event) => setBody(event.target.value)}
            error={error?.fields.body}
            hint={t('conversations.noEmail')}
          />
          <div className="actions">
            <button type="submit" className="primary">
              {t('conversations.send')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function ThreadView({ thread, onSent }: { thread: Thread; onSent: () => void }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const [body, setBody] = useState('');
  const { error, run } = useAction();
  const headingId = `thread-${thread.id}`;
  const mine = (organizationId: string) => organizationId === viewer?.organization.id;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await run(() => request(SendMessageDocument, { input: { conversationId: thread.id, body } })))) {
      setBody('');
      onSent();
    }
  };
  return (
    <li className="thread" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link href={subjectPath(thread.subjectId)}>{t('conversations.about')}</Link>
      </h2>
      <ol className="messages">
        {thread.messages.map((m) => (
          <li key={m.id} className={mine(m.senderOrganizationId) ? 'message mine' : 'message'}>
            <p className="meta">
              {mine(m.senderOrganizationId) ? t('conversations.you') : t('conversations.them')} · {formatDate(m.sentAt, i18n.language)}
            </p>
            <div dir="auto" dangerouslySetInnerHTML={{ __html: m.bodyHtml }} />
            {m.hidden && <p className="notice">{t('discussion.why', { reason: m.hiddenReason ?? '' })}</p>}
          </li>
        ))}
      </ol>
      <form className="stacked" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={headingId}>
        <FormError error={error} />
        <TextArea
          label={t('conversations.reply')}
          name="body"
          value={body}
          rows={2}
          onChange={(event) => setBody(event.target.value)}
          error={error?.fields.body}
        />
        <div className="actions">
          <button type="submit" className="primary">
            {t('conversations.send')}
          </button>
        </div>
      </form>
    </li>
  );
}

/** The conversations of the viewer's organisation, latest first, each thread with its reply form. */
export function ConversationsPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const threads = useQuery(() => (viewer ? request(ConversationsDocument, { first: 50 }) : Promise.resolve(null)), [viewer?.organization.id ?? null]);
  const list = threads.data?.conversations.edges.map((e) => e.node) ?? [];
  return (
    <Layout title={t('conversations.title')}>
      <h1>{t('conversations.title')}</h1>
      {!viewer ? (
        <p>{t('discussion.signInToComment')}</p>
      ) : (
        <>
          <QueryState loading={threads.loading && !threads.data} error={threads.error} />
          {threads.data && list.length === 0 && <p>{t('conversations.none')}</p>}
          <ul className="plain conversations">
            {list.map((thread) => (
              <ThreadView key={thread.id} thread={thread} onSent={threads.reload} />
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
