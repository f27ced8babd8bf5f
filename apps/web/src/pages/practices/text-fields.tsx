/** Title, summary and body: the text of a practice and of each of its translations. */
import { useTranslation } from 'react-i18next';
import { dirOf } from '../../i18n';
import { TextArea, TextField } from '../../ui';

export interface PracticeText {
  title: string;
  summary: string;
  body: string;
}

/** The same limits as the server's decider (libs/practices LIMITS); the server's answer still wins. */
export const TEXT_LIMITS = { title: 200, summary: 1_000, body: 20_000 };

/** Required title and the lengths, in the reader's words; `{}` when the text is fine. */
export function checkText(text: PracticeText, t: (key: string, options?: Record<string, unknown>) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!text.title.trim()) errors.title = t('form.required');
  for (const field of ['title', 'summary', 'body'] as const) {
    if (text[field].length > TEXT_LIMITS[field]) errors[field] = t('form.tooLong', { max: TEXT_LIMITS[field] });
  }
  return errors;
}

/**
 * The three fields, each named as the API's input field (so an error summary finds them), in the
 * text's own language and direction (`lang`) when it is not the interface's.
 */
export function PracticeTextFields({
  value,
  onChange,
  errors,
  lang,
}: {
  value: PracticeText;
  onChange: (text: PracticeText) => void;
  errors: Record<string, string | undefined>;
  lang?: string;
}) {
  const { t } = useTranslation();
  const set = (field: keyof PracticeText) => (event: { target: { value: string } }) => onChange({ ...value, [field]: event.target.value });
  const language = lang ? { lang, dir: dirOf(lang) } : {};
  return (
    <>
      <TextField label={t('practice.field.title')} name="title" value={value.title} onChange={set('title')} error={errors.title} required {...language} />
      {(
        [
          ['summary', 3, undefined],
          ['body', 10, t('practiceForm.markdown')],
        ] as const
      ).map(([field, rows, hint]) => (
        <TextArea
          key={field}
          label={t(`practice.field.${field}`)}
          hint={hint}
          name={field}
          rows={rows}
          value={value[field]}
          onChange={set(field)}
          error={errors[field]}
          {...language}
        />
      ))}
    </>
  );
}
