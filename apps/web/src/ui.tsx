import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from './api';
import { allCountries } from './countries';
import { errorMessages } from './error-messages';

/**
 * Loads data for a page; re-runs when a dependency changes (compared by value: ids, flags, the
 * query string). The latest `load` is read through a ref, so it need not be memoised.
 */
export function useQuery<T>(
  load: () => Promise<T>,
  deps: ReadonlyArray<string | number | boolean | null | undefined>,
): { data: T | null; error: ApiRequestError | null; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ data: T | null; error: ApiRequestError | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  const key = JSON.stringify(deps);
  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    latest.current().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) => live && setState({ data: null, error: ApiRequestError.from(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

/**
 * What a form or button sends: `run` clears the last error, runs the action and keeps what it
 * threw (for FormError and the fields), and answers that error or null.
 */
export function useAction(): {
  error: ApiRequestError | null;
  setError: (error: ApiRequestError | null) => void;
  run: (action: () => Promise<unknown>) => Promise<ApiRequestError | null>;
} {
  const [error, setError] = useState<ApiRequestError | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      return null;
    } catch (caught) {
      const apiError = ApiRequestError.from(caught);
      setError(apiError);
      return apiError;
    }
  };
  return { error, setError, run };
}

/** Where a query is: still loading, or what it failed with. */
export interface QueryStatus {
  loading: boolean;
  error: ApiRequestError | null;
}

/** Loading, an API the server does not offer yet, or another error. */
export function QueryState({ loading, error }: QueryStatus) {
  const { t, i18n } = useTranslation();
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (!error) return null;
  if (error.unavailable)
    return (
      <p className="notice" role="status">
        {t('common.unavailable')}
      </p>
    );
  if (error.code === 'NOT_FOUND')
    return (
      <p className="notice" role="alert">
        {t('common.notFound')}
      </p>
    );
  if (error.code === 'UNAUTHENTICATED')
    return (
      <p className="notice" role="alert">
        {t('common.signInNeeded')}
      </p>
    );
  if (error.code === 'FORBIDDEN')
    return (
      <p className="notice" role="alert">
        {t('common.forbidden')}
      </p>
    );
  return (
    <p className="error" role="alert">
      {t('common.error')} {errorMessages(error, i18n)}
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
  return (
    <Field label={label} error={error} hint={hint}>
      {(props) => <input {...input} {...props} />}
    </Field>
  );
}

export function TextArea({ label, error, hint, ...input }: { label: string; error?: string; hint?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(props) => <textarea {...input} {...props} />}
    </Field>
  );
}

export function Select({
  label,
  error,
  hint,
  children,
  ...input
}: { label: string; error?: string; hint?: string; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
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

/** A multiple choice list whose value is the chosen options' values. */
export function MultiSelect({
  value,
  onChange,
  ...select
}: {
  label: string;
  error?: string;
  hint?: string;
  name?: string;
  value: string[];
  onChange: (values: string[]) => void;
  children: ReactNode;
}) {
  return (
    <Select {...select} multiple size={6} value={value} onChange={(event) => onChange(Array.from(event.target.selectedOptions, (option) => option.value))} />
  );
}

/** Countries to choose several of, named in the reader's language. */
export function CountriesSelect({ name, value, onChange, error }: { name?: string; value: string[]; onChange: (countries: string[]) => void; error?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <MultiSelect label={t('practice.countries')} hint={t('practiceForm.countriesHint')} name={name} value={value} onChange={onChange} error={error}>
      {allCountries(i18n.language).map(([code, country]) => (
        <option key={code} value={code}>
          {country}
        </option>
      ))}
    </MultiSelect>
  );
}

/** A table (scrolling sideways when narrow) with its column headings; the rows are the children. */
export function Table({ caption, columns, children }: { caption?: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table>
        {caption !== undefined && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export { FormError } from './form-error';
export { formatDate, formatNumber, joinList, listSeparator } from './intl';
export { ClearFilters, LoadMore, PagedFooter, toPage, usePagedQuery, type Page, type Paged } from './paging';
