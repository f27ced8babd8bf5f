import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { CallForActionKind } from '../../gql/graphql';
import { Layout, NoticePage } from '../../layout';
import { navigate } from '../../router';
import { isState, useSession } from '../../session';
import { CountriesSelect, FormError, MultiSelect, Select, TextArea, TextField, useAction, useQuery } from '../../ui';
import { EditCallDocument, OrganizationsToPartnerDocument, PostCallDocument } from './documents';
import './calls.css';
import { useCallThemes } from './call-themes';

export const CALL_KINDS: CallForActionKind[] = ['TRAINING', 'INFORMATION', 'EXPERTISE', 'FUNDING', 'PARTNERSHIP', 'OTHER'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface CallContent {
  title: string;
  description: string;
  kind: CallForActionKind;
  themes: string[];
  countries: string[];
  /** yyyy-mm-dd, or empty. */
  deadline: string;
}

export const EMPTY_CALL: CallContent = { title: '', description: '', kind: 'EXPERTISE', themes: [], countries: [], deadline: '' };

/** The form's deadline as the API takes it: the end of that day (UTC), or none. */
const deadlineOf = (day: string) => (day ? `${day}T23:59:59Z` : null);

/**
 * What a call says, as posting and editing both ask it: checked here for what the site can
 * see, then sent with `submit`; the API's refusals land on the fields they name.
 */
function CallContentForm({
  initial,
  submitLabel,
  heading,
  submit,
  onCancel,
  withCoPosters = false,
}: {
  initial: CallContent;
  submitLabel: string;
  heading?: string;
  submit: (content: Omit<CallContent, 'deadline'> & { deadline: string | null }, coPosterIds: string[]) => Promise<void>;
  onCancel?: () => void;
  /** Posting (not editing) may name other states posting jointly. */
  withCoPosters?: boolean;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { error, setError, run } = useAction();
  const themes = useCallThemes();
  const [coPosterIds, setCoPosterIds] = useState<string[]>([]);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!form.title.trim()) found.title = t('form.required');
    if (!form.description.trim()) found.description = t('form.required');
    if (form.deadline && !DATE.test(form.deadline)) found.deadline = t('form.date');
    setErrors(found);
    setError(null);
    if (Object.keys(found).length) return;
    const refused = await run(() => submit({ ...form, deadline: deadlineOf(form.deadline) }, coPosterIds));
    if (refused) setErrors(refused.fields);
  };
  return (
    <form onSubmit={(event) => void onSubmit(event)} className="stacked" noValidate aria-label={heading}>
      <FormError error={error} />
      <TextField
        label={t('calls.field.title')}
        name="title"
        value={form.title}
        onChange={(event) => setForm({ ...form, title: event.target.value })}
        error={errors.title}
      />
      <TextArea
        label={t('calls.description')}
        name="description"
        rows={6}
        value={form.description}
        onChange={(event) => setForm({ ...form, description: event.target.value })}
        error={errors.description}
      />
      <Select
        label={t('calls.kind')}
        name="kind"
        value={form.kind}
        onChange={(event) => setForm({ ...form, kind: event.target.value as CallForActionKind })}
        error={errors.kind}
      >
        {CALL_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`callKind.${kind}`)}
          </option>
        ))}
      </Select>
      <MultiSelect
        label={t('calls.themes')}
        name="themes"
        value={form.themes}
        onChange={(values) => setForm({ ...form, themes: values })}
        error={errors.themes}
      >
        {themes.data?.themes.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.label}
          </option>
        ))}
      </MultiSelect>
      <CountriesSelect name="countries" value={form.countries} onChange={(countries) => setForm({ ...form, countries })} error={errors.countries} />
      <TextField
        label={t('calls.deadlineLabel')}
        name="deadline"
        hint={t('form.date')}
        value={form.deadline}
        onChange={(event) => setForm({ ...form, deadline: event.target.value })}
        error={errors.deadline}
      />
      {withCoPosters && <CoPostersSelect value={coPosterIds} onChange={setCoPosterIds} error={errors.coPosterIds ?? errors['coPosterIds.0']} />}
      <FormActions submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

/** Other states posting the call jointly: each confirms on the call's page. */
function CoPostersSelect({ value, onChange, error }: { value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const organizations = useQuery(() => request(OrganizationsToPartnerDocument), []);
  const states = (organizations.data?.organizations.edges ?? [])
    .map((edge) => edge.node)
    .filter((o) => o.kind === 'STATE' && o.active && o.id !== viewer?.organization.id);
  return (
    <MultiSelect label={t('calls.coPosters')} hint={t('calls.coPostersHint')} name="coPosterIds" value={value} onChange={onChange} error={error}>
      {states.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </MultiSelect>
  );
}

/** A form's submit button, and Cancel when it can be left. */
export function FormActions({ submitLabel, onCancel }: { submitLabel: string; onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="actions">
      <button type="submit" className="primary">
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('calls.cancel')}
        </button>
      )}
    </p>
  );
}

export function PostCallPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  if (!isState(viewer)) return <NoticePage title={t('calls.post')} notice={t('calls.statesOnly')} />;
  return (
    <Layout title={t('calls.post')}>
      <h1>{t('calls.post')}</h1>
      <CallContentForm
        initial={EMPTY_CALL}
        submitLabel={t('calls.postSubmit')}
        withCoPosters
        submit={async (content, coPosterIds) => {
          const posted = await request(PostCallDocument, { input: { ...content, coPosterIds } });
          navigate(`/calls/${encodeURIComponent(posted.postCallForAction.callForAction.id)}`);
        }}
      />
    </Layout>
  );
}

/** The poster edits the call in place; each edit is an event of its history. */
export function EditCallForm({
  callId,
  revision,
  initial,
  onDone,
}: {
  callId: string;
  revision: number;
  initial: CallContent;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="edit-call-heading">
      <h2 id="edit-call-heading">{t('calls.edit')}</h2>
      <CallContentForm
        initial={initial}
        heading={t('calls.edit')}
        submitLabel={t('calls.save')}
        onCancel={() => onDone(false)}
        submit={async (content) => {
          await request(EditCallDocument, { input: { callId, expectedRevision: revision, ...content } });
          onDone(true);
        }}
      />
    </section>
  );
}
