import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { DiscussionCommentFragment } from '../../gql/graphql';
import { useSession } from '../../session';
import { FormError, formatDate, QueryState, TextArea, useAction, useQuery } from '../../ui';
import { CommentsDocument, DeleteCommentDocument, EditCommentDocument, PostCommentDocument, ReportContentDocument } from './documents';
import './discussion.css';

/** Write a comment, or a reply to one. */
function CommentForm({ subjectId, parentId, onPosted, label }: { subjectId: string; parentId: string | null; onPosted: () => void; label: string }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const { error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const failed = await run(() => request(PostCommentDocument, { input: { subjectId, parentId, body } }));
    if (!failed) {
      setBody('');
      onPosted();
    }
  };
  return (
    <form className="stacked comment-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormError error={error} />
      <TextArea
        label={label}
        name="body"
        value={body}
        rows={3}
        onChange={(event) => setBody(event.target.value)}
        error={error?.fields.body}
        hint={`${t('discussion.markdownHint')} ${t('discussion.mentionHint')}`}
      />
      <div className="actions">
        <button type="submit" className="primary">
          {parentId ? t('discussion.reply') : t('discussion.post')}
        </button>
      </div>
    </form>
  );
}

/** Its author edits a comment while its 15 minutes last (the API says until when; it refuses later edits itself). */
function EditForm({ comment, onDone }: { comment: DiscussionCommentFragment; onDone: (saved: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const [body, setBody] = useState(comment.body);
  const { error, run } = useAction();
  const until = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(new Date(String(comment.editableUntil)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await run(() => request(EditCommentDocument, { input: { commentId: comment.id, body } })))) onDone(true);
  };
  return (
    <form className="stacked comment-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormError error={error} />
      <TextArea
        label={t('discussion.editLabel')}
        name="body"
        value={body}
        rows={3}
        onChange={(event) => setBody(event.target.value)}
        error={error?.fields.body}
        hint={t('discussion.editWindow', { time: until })}
      />
      <div className="actions">
        <button type="submit" className="primary">
          {t('discussion.save')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t('discussion.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Whether the edit window is still open on this device's clock (the API decides: this only hides the button once it has passed). */
const editable = (comment: DiscussionCommentFragment): boolean => comment.editableUntil != null && Date.parse(String(comment.editableUntil)) > Date.now();

/** Report a comment to the Support Unit, with a reason. */
function ReportForm({ commentId, onDone }: { commentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const { error, run } = useAction();
  if (sent) return <p role="status">{t('discussion.reported')}</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await run(() => request(ReportContentDocument, { input: { contentId: commentId, reason } })))) {
      setSent(true);
      onDone();
    }
  };
  return (
    <form className="stacked report-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormError error={error} />
      <TextArea
        label={t('discussion.reportReason')}
        name="reason"
        value={reason}
        rows={2}
        onChange={(event) => setReason(event.target.value)}
        error={error?.fields.reason}
      />
      <div className="actions">
        <button type="submit">{t('discussion.sendReport')}</button>
      </div>
    </form>
  );
}

function CommentView({
  comment,
  subjectId,
  onChange,
  reply,
}: {
  comment: DiscussionCommentFragment & { replies?: DiscussionCommentFragment[] };
  subjectId: string;
  onChange: () => void;
  reply: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const [reporting, setReporting] = useState(false);
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const action = useAction();
  const headingId = `comment-${comment.id}`;
  return (
    <li className={comment.hidden ? 'comment hidden-comment' : 'comment'} aria-labelledby={headingId}>
      <p className="meta" id={headingId}>
        <strong dir="auto">{comment.authorOrganization?.name ?? t('discussion.someone')}</strong> · {formatDate(comment.postedAt, i18n.language)}
        {comment.editedAt && !comment.deleted && <> · {t('discussion.edited')}</>}
      </p>
      {comment.deleted ? (
        <p className="meta">{t('discussion.deleted')}</p>
      ) : editing ? (
        <EditForm
          comment={comment}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onChange();
          }}
        />
      ) : (
        <div className="comment-body" dir="auto" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
      )}
      {comment.hidden && (
        <p className="notice" role="note">
          {t('discussion.hiddenNotice')} {comment.hiddenReason && <span dir="auto">{t('discussion.why', { reason: comment.hiddenReason })}</span>}
        </p>
      )}
      {viewer && !comment.deleted && (
        <div className="actions">
          {!reply && (
            <button type="button" aria-expanded={replying} aria-describedby={headingId} onClick={() => setReplying(!replying)}>
              {t('discussion.reply')}
            </button>
          )}
          {comment.viewerIsAuthor && editable(comment) && !editing && (
            <button type="button" aria-describedby={headingId} onClick={() => setEditing(true)}>
              {t('discussion.edit')}
            </button>
          )}
          {comment.viewerIsAuthor ? (
            <button
              type="button"
              aria-describedby={headingId}
              onClick={() => void action.run(() => request(DeleteCommentDocument, { input: { commentId: comment.id } })).then((e) => !e && onChange())}
            >
              {t('discussion.delete')}
            </button>
          ) : (
            !comment.hidden && (
              <button type="button" aria-expanded={reporting} aria-describedby={headingId} onClick={() => setReporting(!reporting)}>
                {t('discussion.report')}
              </button>
            )
          )}
        </div>
      )}
      <FormError error={action.error} />
      {reporting && <ReportForm commentId={comment.id} onDone={() => undefined} />}
      {comment.replies && comment.replies.length > 0 && (
        <ul className="replies">
          {comment.replies.map((r) => (
            <CommentView key={r.id} comment={r} subjectId={subjectId} onChange={onChange} reply />
          ))}
        </ul>
      )}
      {replying && (
        <CommentForm
          subjectId={subjectId}
          parentId={comment.id}
          label={t('discussion.replyLabel')}
          onPosted={() => {
            setReplying(false);
            onChange();
          }}
        />
      )}
    </li>
  );
}

/** The discussion of a practice, call or project: its comments with their replies; signed-in members of any organisation write. */
export function DiscussionPanel({ subjectId }: { subjectId: string }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const comments = useQuery(() => request(CommentsDocument, { subjectId, first: 100 }), [subjectId]);
  const list = comments.data?.comments.edges.map((e) => e.node) ?? [];
  return (
    <section className="discussion" aria-labelledby="discussion-heading">
      <h2 id="discussion-heading">{t('discussion.heading', { count: list.length })}</h2>
      <QueryState loading={comments.loading && !comments.data} error={comments.error} />
      {comments.data && list.length === 0 && <p>{t('discussion.none')}</p>}
      {list.length > 0 && (
        <ul className="comments">
          {list.map((c) => (
            <CommentView key={c.id} comment={c} subjectId={subjectId} onChange={comments.reload} reply={false} />
          ))}
        </ul>
      )}
      {viewer ? (
        <CommentForm subjectId={subjectId} parentId={null} label={t('discussion.commentLabel')} onPosted={comments.reload} />
      ) : (
        <p>{t('discussion.signInToComment')}</p>
      )}
    </section>
  );
}
