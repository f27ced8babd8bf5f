/** The owner's translations of a practice: add one in any UN language but the original, or edit one (each saved whole). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, request } from '../../api';
import type { Language as ContentLanguage } from '../../gql/graphql';
import { dirOf, LANGUAGES } from '../../i18n';
import { FormError, Select } from '../../ui';
import { AddPracticeTranslationDocument, RevisePracticeTranslationDocument } from './documents';
import type { Details } from './practice-page';
import { checkText, PracticeTextFields, type PracticeText } from './text-fields';

type Editing = { language: string; text: PracticeText; existing: boolean };

const EMPTY: PracticeText = { title: '', summary: '', body: '' };

/** The UN languages the practice has no text in yet. */
const freeLanguages = (practice: Details) =>
  LANGUAGES.filter((code) => code !== practice.language && !practice.translations.some((translation) => translation.language === code));

function TranslationForm({ practice, editing, onDone, onCancel }: { practice: Details; editing: Editing; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(editing);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [busy, setBusy] = useState(false);
  const free = freeLanguages(practice);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkText(form.text, t);
    setError(Object.keys(found).length > 0 ? new ApiRequestError([{ message: '', extensions: { fields: found } }]) : null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const input = { id: practice.id, expectedRevision: practice.revision, language: form.language as ContentLanguage, ...form.text };
      if (form.existing) await request(RevisePracticeTranslationDocument, { input });
      else await request(AddPracticeTranslationDocument, { input });
      onDone();
    } catch (caught) {
      setError(ApiRequestError.from(caught));
    } finally {
      setBusy(false);
    }
  };
  const heading = form.existing ? t('practiceTranslation.editHeading', { language: t(`language.${form.language}`) }) : t('practiceTranslation.addHeading');
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="stacked translation-form" aria-labelledby="translation-form-heading">
      <h3 id="translation-form-heading">{heading}</h3>
      <FormError error={error} />
      {!form.existing && (
        <Select
          label={t('practiceTranslation.language')}
          name="language"
          value={form.language}
          onChange={(event) => setForm({ ...form, language: event.target.value })}
          error={error?.fields.language}
        >
          {free.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </Select>
      )}
      <PracticeTextFields value={form.text} onChange={(text) => setForm({ ...form, text })} errors={error?.fields ?? {}} lang={form.language} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('practiceTranslation.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('practice.cancel')}
        </button>
      </div>
    </form>
  );
}

export function PracticeTranslations({ practice, onSaved }: { practice: Details; onSaved: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saved, setSaved] = useState(false);
  const free = freeLanguages(practice);
  return (
    <section aria-labelledby="translations-heading" className="translations no-print">
      <h2 id="translations-heading">{t('practiceTranslation.heading')}</h2>
      {saved && (
        <p role="status" className="success">
          {t('practiceTranslation.saved')}
        </p>
      )}
      {practice.translations.length === 0 ? (
        <p className="meta">{t('practiceTranslation.none')}</p>
      ) : (
        <ul className="plain">
          {practice.translations.map((translation) => (
            <li key={translation.language}>
              <span lang={translation.language} dir={dirOf(translation.language)}>
                {translation.title}
              </span>{' '}
              <span className="meta">({t(`language.${translation.language}`)})</span>{' '}
              <button
                type="button"
                className="link"
                aria-label={t('practiceTranslation.editLabel', { language: t(`language.${translation.language}`) })}
                onClick={() => {
                  setSaved(false);
                  setEditing({
                    language: translation.language,
                    text: { title: translation.title, summary: translation.summary, body: translation.body },
                    existing: true,
                  });
                }}
              >
                {t('practice.edit')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <TranslationForm
          key={`${editing.language}-${editing.existing}`}
          practice={practice}
          editing={editing}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            setSaved(true);
            onSaved();
          }}
        />
      ) : (
        free.length > 0 && (
          <p>
            <button
              type="button"
              onClick={() => {
                setSaved(false);
                setEditing({ language: free[0], text: EMPTY, existing: false });
              }}
            >
              {t('practiceTranslation.add')}
            </button>
          </p>
        )
      )}
    </section>
  );
}
