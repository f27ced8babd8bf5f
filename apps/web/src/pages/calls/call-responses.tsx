import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { CallForActionKind } from '../../gql/graphql';
import { isSupportUnit, useSession } from '../../session';
import { FormError, formatDate, Select, TextArea, useAction } from '../../ui';
import { CALL_KINDS, FormActions } from './call-form';
import type { Call } from './call-page';
import { AcceptResponseDocument, DeclineResponseDocument, EditResponseDocument, RespondToCallDocument, WithdrawResponseDocument } from './documents';
import { OrganizationLink } from '../organizations/organization-link';

type Response = Call['responses'][number];

const standing = (r: Response) => r.status === 'ACTIVE' || r.status === 'ACCEPTED';

/** A response's offer and message, to send first or to edit: the fields are named as the API's input. */
function ResponseForm({
  heading,
  submitLabel,
  initial,
  send,
  onCancel,
}: {
  heading: string;
  submitLabel: string;
  initial: { offerKind: CallForActionKind; message: string };
  send: (offerKind: CallForActionKind, message: string) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [offerKind, setOfferKind] = useState(initial.offerKind);
  const [message, setMessage] = useState(initial.message);
  const [messageError, setMessageError] = useState<string | undefined>();
  const { error, run } = useAction();
  const headingId = `${heading.replace(/\W+/g, '-').toLowerCase()}-heading`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) return setMessageError(t('form.required'));
    setMessageError(undefined);
    const refused = await run(() => send(offerKind, message));
    if (refused) setMessageError(refused.fields.message);
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="stacked" noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <FormError error={error} />
      <Select
        label={t('calls.offerKind')}
        name="offerKind"
        value={offerKind}
        onChange={(event) => setOfferKind(event.target.value as CallForActionKind)}
        error={error?.fields.offerKind}
      >
        {CALL_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`callKind.${kind}`)}
          </option>
        ))}
      </Select>
      <TextArea label={t('calls.message')} name="message" value={message} onChange={(event) => setMessage(event.target.value)} error={messageError} rows={4} />
      <FormActions submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

/** The poster says why it declines a response. */
function DeclineForm({ call, response, onDone }: { call: Call; response: Response; onDone: (declined: boolean) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const { error, run } = useAction();
  const name = response.organization?.name ?? '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setReasonError(t('form.required'));
    const refused = await run(async () => {
      await request(DeclineResponseDocument, { input: { callId: call.id, organizationId: response.organizationId, reason, expectedRevision: call.revision } });
      onDone(true);
    });
    if (refused) setReasonError(refused.fields.reason);
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="stacked decline-form" noValidate aria-label={t('calls.declineOf', { name })}>
      <FormError error={error} />
      <TextArea
        label={t('calls.declineReason')}
        name="reason"
        rows={3}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={reasonError}
      />
      <FormActions submitLabel={t('calls.declineSubmit')} onCancel={() => onDone(false)} />
    </form>
  );
}

/** One response: who, what, its status; the poster's Accept and Decline, the responder's Edit and Withdraw. */
function ResponseItem({
  call,
  response,
  isPoster,
  act,
}: {
  call: Call;
  response: Response;
  isPoster: boolean;
  act: (action: () => Promise<unknown>) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const [mode, setMode] = useState<'view' | 'decline' | 'edit'>('view');
  const own = viewer?.organization.id === response.organizationId;
  const converted = call.status === 'CONVERTED';
  const ref = { callId: call.id, expectedRevision: call.revision };
  const name = response.organization?.name ?? '';
  return (
    <li className={`card response response-${response.status.toLowerCase()}`} aria-label={t('calls.responseOf', { name })}>
      <p className="meta">
        <strong>{response.organization ? <OrganizationLink organization={response.organization} /> : name}</strong> ·{' '}
        <span className="response-status">{t(`responseStatus.${response.status}`)}</span> · {t(`callKind.${response.offerKind}`)} ·{' '}
        {formatDate(response.respondedAt, i18n.language)}
      </p>
      <p dir="auto">{response.message}</p>
      {response.status === 'DECLINED' && response.declineReason && (
        <p className="decline-reason">{t('calls.declinedBecause', { reason: response.declineReason })}</p>
      )}
      {isPoster && !converted && standing(response) && mode === 'view' && (
        <p className="actions">
          {response.status === 'ACTIVE' && (
            <button
              type="button"
              className="primary"
              onClick={() => void act(() => request(AcceptResponseDocument, { input: { ...ref, organizationId: response.organizationId } }))}
            >
              {t('calls.accept')}
            </button>
          )}
          <button type="button" onClick={() => setMode('decline')}>
            {t('calls.decline')}
          </button>
        </p>
      )}
      {mode === 'decline' && (
        <DeclineForm
          call={call}
          response={response}
          onDone={(declined) => {
            setMode('view');
            if (declined) void act(async () => undefined);
          }}
        />
      )}
      {own && standing(response) && !converted && mode === 'view' && (
        <p className="actions">
          {call.status === 'OPEN' && (
            <button type="button" onClick={() => setMode('edit')}>
              {t('calls.editResponse')}
            </button>
          )}
          <button type="button" onClick={() => void act(() => request(WithdrawResponseDocument, { input: ref }))}>
            {t('calls.withdraw')}
          </button>
        </p>
      )}
      {mode === 'edit' && (
        <ResponseForm
          heading={t('calls.editResponse')}
          submitLabel={t('calls.save')}
          initial={{ offerKind: response.offerKind, message: response.message }}
          onCancel={() => setMode('view')}
          send={(offerKind, message) =>
            act(async () => {
              await request(EditResponseDocument, { input: { ...ref, offerKind, message } });
              setMode('view');
            })
          }
        />
      )}
    </li>
  );
}

export function Responses({ call, isPoster, act }: { call: Call; isPoster: boolean; act: (action: () => Promise<unknown>) => Promise<unknown> }) {
  const { t } = useTranslation();
  const shown = call.responses.filter((r) => r.status !== 'WITHDRAWN');
  return (
    <section aria-labelledby="responses">
      <h2 id="responses">{t('calls.responsesHeading', { n: call.responseCount })}</h2>
      {shown.length === 0 && <p>{t('calls.noResponses')}</p>}
      <ul className="plain responses">
        {shown.map((response) => (
          <ResponseItem key={response.organizationId} call={call} response={response} isPoster={isPoster} act={act} />
        ))}
      </ul>
    </section>
  );
}

/** A first response (or a new one after a decline or a withdrawal), from any organisation but the posters and the Support Unit. */
export function RespondForm({ call, onDone }: { call: Call; onDone: () => void }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  if (!viewer || isSupportUnit(viewer) || call.status !== 'OPEN') return null;
  if (call.responses.some((r) => r.organizationId === viewer.organization.id && standing(r))) return null;
  return (
    <section className="respond">
      <ResponseForm
        heading={t('calls.respond')}
        submitLabel={t('calls.send')}
        initial={{ offerKind: 'EXPERTISE', message: '' }}
        send={async (offerKind, message) => {
          await request(RespondToCallDocument, { input: { callId: call.id, offerKind, message, expectedRevision: call.revision } });
          onDone();
        }}
      />
    </section>
  );
}
