import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiRequestError } from './api';
import { errorMessages } from './error-messages';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLFieldSetElement;

/**
 * The control the API's field path names, in the form around the summary: `resources.0.url`
 * is tried whole, as `resources[0].url`, then by its last and first parts (`url`, `resources`);
 * an id equal to the path also counts.
 */
export function controlFor(path: string, scope: ParentNode): Control | null {
  const parts = path.split('.');
  const bracketed = parts.map((part, i) => (i > 0 && /^\d+$/.test(part) ? `[${part}]` : i > 0 ? `.${part}` : part)).join('');
  for (const name of [path, bracketed, parts[parts.length - 1], parts[0]]) {
    const found = scope.querySelector<Control>(`[name="${CSS.escape(name)}"]`);
    if (found) return found;
  }
  const byId = document.getElementById(path);
  return byId && /^(INPUT|SELECT|TEXTAREA|FIELDSET)$/.test(byId.tagName) ? (byId as Control) : null;
}

/** What the reader sees as the control's name: its label, its group's legend, or its aria-label. */
export function labelOf(control: Control): string | null {
  const label = 'labels' in control && control.labels?.length ? control.labels[0].textContent : null;
  if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
    const legend = control.closest('fieldset')?.querySelector('legend')?.textContent;
    if (legend) return legend.trim();
  }
  if (control instanceof HTMLFieldSetElement) return control.querySelector('legend')?.textContent?.trim() ?? null;
  return (label ?? control.getAttribute('aria-label'))?.trim() || null;
}

interface Refused {
  path: string;
  message: string;
  label: string;
  control: Control | null;
}

/**
 * An error summary. When the API refused named fields: "There is a problem", then each field by
 * its label as a link that moves focus to its control, and focus moves to the summary when it
 * appears. An error that names no field is one alert line. `labels` names fields that have no
 * control in the form (path -> label).
 */
export function FormError({ error, labels = {} }: { error: ApiRequestError | null; labels?: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [refused, setRefused] = useState<Refused[]>([]);
  const fields = error ? Object.entries(error.fields) : [];
  const key = JSON.stringify(fields);
  useEffect(() => {
    if (!box.current || fields.length === 0) return setRefused([]);
    const scope: ParentNode = box.current.closest('form') ?? box.current.parentElement?.closest('section, main') ?? document;
    setRefused(
      fields.map(([path, message]) => {
        const control = controlFor(path, scope) ?? controlFor(path, document);
        return { path, message, control, label: labels[path] ?? (control && labelOf(control)) ?? path };
      }),
    );
    box.current.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the refused fields' value (and the language), not the error object
  }, [key, i18n.language]);
  if (!error) return null;
  if (fields.length === 0)
    return (
      <div className="error" role="alert">
        {t('common.error')} {errorMessages(error, i18n)}
      </div>
    );
  const focus = (event: MouseEvent<HTMLAnchorElement>, control: Control | null) => {
    if (!control) return;
    event.preventDefault();
    const target = control instanceof HTMLFieldSetElement ? control.querySelector<HTMLElement>('input, select, textarea') : control;
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  };
  return (
    <div className="error error-summary" ref={box} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('form.problem')}</h2>
      <p>{t('form.fixFields', { count: fields.length })}</p>
      <ul>
        {(refused.length ? refused : fields.map(([path, message]) => ({ path, message, label: labels[path] ?? path, control: null }))).map(
          ({ path, message, label, control }) => (
            <li key={path}>
              <a href={control?.id ? `#${control.id}` : `#${path}`} onClick={(event) => focus(event, control)}>
                <span className="field-name">{label}</span>
                {t('form.fieldSeparator')}
                {message}
              </a>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
