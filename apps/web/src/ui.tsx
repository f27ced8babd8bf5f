import { useEffect, useId, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from './api';

/** Loads data for a page; re-runs when a dependency changes. */
export function useQuery<T>(load: () => Promise<T>, deps: unknown[]): { data: T | null; error: ApiRequestError | null; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ data: T | null; error: ApiRequestError | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) => live && setState({ data: null, error: error instanceof ApiRequestError ? error : new ApiRequestError([{ message: String(error) }]), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

/** Loading, an API the server does not offer yet, or another error. */
export function QueryState({ loading, error }: { loading: boolean; error: ApiRequestError | null }) {
  const { t } = useTranslation();
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (!error) return null;
  if (error.unavailable) return <p className="notice" role="status">{t('common.unavailable')}</p>;
  if (error.code === 'NOT_FOUND') return <p className="notice" role="alert">{t('common.notFound')}</p>;
  if (error.code === 'UNAUTHENTICATED') return <p className="notice" role="alert">{t('common.signInNeeded')}</p>;
  if (error.code === 'FORBIDDEN') return <p className="notice" role="alert">{t('common.forbidden')}</p>;
  return (
    <p className="error" role="alert">
      {t('common.error')} {error.message}
    </p>
  );
}

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean | undefined; 'aria-describedby': string | undefined }) => ReactNode;
}

/** A label, the control, a hint and the error beside it (announced, and tied to the control). */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({ label, error, hint, ...input }: { label: string; error?: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return <Field label={label} error={error} hint={hint}>{(props) => <input {...input} {...props} />}</Field>;
}

export function TextArea({ label, error, hint, ...input }: { label: string; error?: string; hint?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Field label={label} error={error} hint={hint}>{(props) => <textarea {...input} {...props} />}</Field>;
}

export function Select({ label, error, hint, children, ...input }: { label: string; error?: string; hint?: string; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(props) => (
        <select {...input} {...props}>
          {children}
        </select>
      )}
    </Field>
  );
}

/** The form-level message for errors that name no field. */
export function FormError({ error }: { error: ApiRequestError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields = Object.entries(error.fields);
  return (
    <div className="error" role="alert">
      {fields.length > 0 ? t('form.fixFields', { count: fields.length }) : `${t('common.error')} ${error.message}`}
      {fields.length > 0 && (
        <ul>
          {fields.map(([field, message]) => (
            <li key={field}>
              <span className="field-name">{field}</span>: {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(language, { year: 'numeric', month: 'long', day: 'numeric' });
}

export function formatNumber(value: number, language: string): string {
  return value.toLocaleString(language);
}
