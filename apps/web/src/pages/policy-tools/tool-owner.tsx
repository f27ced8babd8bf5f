import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { LANGUAGES } from '../../i18n';
import { FormError, Select, TextArea, TextField, useAction } from '../../ui';
import { AddPolicyToolTranslationDocument, ReleasePolicyToolEditionDocument } from './documents';
import type { Tool } from './tool-data';

/** The owner releases the draft (and the accepted examples) as the next numbered edition. */
export function ReleaseEdition({ tool, onDone }: { tool: Tool; onDone: () => void }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState('');
  const [notesError, setNotesError] = useState<string | undefined>();
  const [released, setReleased] = useState<number | null>(null);
  const { error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!notes.trim()) return setNotesError(t('form.required'));
    setNotesError(undefined);
    const refused = await run(async () => {
      const answer = await request(ReleasePolicyToolEditionDocument, { input: { toolId: tool.id, releaseNotes: notes, expectedRevision: tool.revision } });
      setReleased(answer.releasePolicyToolEdition.policyTool.currentEdition);
      setNotes('');
      onDone();
    });
    if (refused) setNotesError(refused.fields['input.releaseNotes']);
  };
  return (
    <section aria-labelledby="release-edition" className="tool-panel no-print">
      <h2 id="release-edition">{t('tools.release', { number: tool.currentEdition + 1 })}</h2>
      <p>{tool.hasUnreleasedChanges ? t('tools.unreleasedChanges') : t('tools.nothingToRelease')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate className="stacked">
        <FormError error={error} />
        <TextArea label={t('tools.releaseNotes')} name="releaseNotes" rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} error={notesError} />
        <p>
          <button type="submit" className="primary">
            {t('tools.releaseSubmit')}
          </button>
        </p>
        {released !== null && (
          <p role="status" className="notice">
            {t('tools.released', { number: released })}
          </p>
        )}
      </form>
    </section>
  );
}

/** The owner or an editor adds (or replaces) a language version of the current edition. */
export function AddTranslation({ tool, onDone }: { tool: Tool; onDone: () => void }) {
  const { t } = useTranslation();
  const edition = tool.edition!;
  const languages = LANGUAGES.filter((code) => code !== edition.language);
  const [language, setLanguage] = useState<string>(languages[0]);
  const existing = tool.translations.find((translation) => translation.language === language);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [sections, setSections] = useState<Record<string, { title: string; body: string }>>({});
  const [complete, setComplete] = useState(false);
  const [saved, setSaved] = useState(false);
  const { error, run } = useAction();
  const choose = (next: string) => {
    setLanguage(next);
    const found = tool.translations.find((translation) => translation.language === next);
    setTitle(found?.title ?? '');
    setSummary(found?.summary ?? '');
    setSections(Object.fromEntries((found?.sections ?? []).map((section) => [section.key, { title: section.title, body: section.body }])));
    setComplete(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await run(async () => {
      const translated = edition.sections
        .map((section) => ({ key: section.key, title: sections[section.key]?.title.trim() ?? '', body: sections[section.key]?.body ?? '' }))
        .filter((section) => section.title);
      await request(AddPolicyToolTranslationDocument, {
        input: { toolId: tool.id, language, title, summary, sections: translated, complete, expectedRevision: tool.revision },
      });
      setSaved(true);
      onDone();
    });
  };
  const setSection = (key: string, field: 'title' | 'body', value: string) =>
    setSections((previous) => ({ ...previous, [key]: { title: previous[key]?.title ?? '', body: previous[key]?.body ?? '', [field]: value } }));
  return (
    <section aria-labelledby="add-translation" className="tool-panel no-print">
      <h2 id="add-translation">{t('tools.addTranslation', { number: edition.number })}</h2>
      <details>
        <summary>{t('tools.translationOpen')}</summary>
        <form onSubmit={(event) => void submit(event)} noValidate className="stacked">
          <FormError error={error} />
          <Select label={t('tools.translationLanguage')} name="language" value={language} onChange={(event) => choose(event.target.value)}>
            {languages.map((code) => (
              <option key={code} value={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </Select>
          {existing && <p className="notice">{t('tools.translationReplaces', { edition: existing.edition })}</p>}
          <TextField label={t('tools.titleField')} name="title" value={title} onChange={(event) => setTitle(event.target.value)} error={error?.fields['input.title']} />
          <TextArea label={t('tools.summaryField')} name="summary" rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} error={error?.fields['input.summary']} />
          {edition.sections.map((section, i) => (
            <fieldset key={section.key}>
              <legend>{t('tools.translateSection', { title: section.title })}</legend>
              <TextField
                label={t('tools.sectionTitle')}
                name={`section-${section.key}-title`}
                value={sections[section.key]?.title ?? ''}
                onChange={(event) => setSection(section.key, 'title', event.target.value)}
                error={error?.fields[`input.sections.${i}.title`]}
              />
              <TextArea
                label={t('tools.sectionBody')}
                name={`section-${section.key}-body`}
                rows={4}
                value={sections[section.key]?.body ?? ''}
                onChange={(event) => setSection(section.key, 'body', event.target.value)}
              />
            </fieldset>
          ))}
          <label>
            <input type="checkbox" name="complete" checked={complete} onChange={(event) => setComplete(event.target.checked)} /> {t('tools.translationComplete')}
          </label>
          <p>
            <button type="submit" className="primary">
              {t('tools.translationSubmit')}
            </button>
          </p>
          {saved && (
            <p role="status" className="notice">
              {t('tools.translationSaved')}
            </p>
          )}
        </form>
      </details>
    </section>
  );
}
