import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiRequestError } from '../../api';
import { allCountries } from '../../countries';
import type { OrganizationKind } from '../../gql/graphql';
import { FormError, Select, useAction } from '../../ui';

export const KINDS: OrganizationKind[] = ['STATE', 'INTERNATIONAL_ORGANIZATION', 'CIVIL_SOCIETY', 'PRIVATE_SECTOR', 'ACADEMIA', 'SUPPORT_UNIT'];

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * A form's values by the API input's field names: `bind('email')` gives a TextField or Select its
 * name, value, change handler and the server's message for that field.
 */
export function useFields<T extends Record<string, string>>(initial: T, error: ApiRequestError | null) {
  const [values, setValues] = useState(initial);
  const bind = (name: keyof T & string) => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<Control>) => setValues((previous) => ({ ...previous, [name]: event.target.value })),
    error: error?.fields[name],
  });
  return { values, setValues, bind, reset: () => setValues(initial) };
}

/**
 * A form that sends one mutation: `send` runs on submit; on success the form says `done` (what
 * `send` answered, through `describe`) and clears its fields (unless `keepValues`).
 */
export function useSend<T extends Record<string, string>, R>(
  initial: T,
  send: (values: T) => Promise<R>,
  describe: (result: R) => string,
  { keepValues = false } = {},
) {
  const { error, run } = useAction();
  const fields = useFields(initial, error);
  const [done, setDone] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    return run(async () => {
      const result = await send(fields.values);
      setDone(describe(result));
      if (!keepValues) fields.reset();
    });
  };
  return { ...fields, error, done, submit };
}

/** A form with a heading, what it last did, its error summary, its fields and its button. */
export function ActionForm({
  id,
  title,
  done,
  error,
  submitLabel,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  done: string | null;
  error: ApiRequestError | null;
  submitLabel: string;
  onSubmit: (event: FormEvent) => Promise<unknown>;
  children: ReactNode;
}) {
  return (
    <form onSubmit={(event) => void onSubmit(event)} className="stacked" noValidate aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {done && (
        <p role="status" className="success">
          {done}
        </p>
      )}
      <FormError error={error} />
      {children}
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </form>
  );
}

/** The kinds of organisation to choose from (`without` leaves some out, e.g. SUPPORT_UNIT for a request). */
export function KindSelect({
  without = [],
  ...select
}: {
  without?: OrganizationKind[];
  name: string;
  value: string;
  error?: string;
  onChange: (event: ChangeEvent<Control>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select label={t('organizations.kind')} {...select}>
      {KINDS.filter((kind) => !without.includes(kind)).map((kind) => (
        <option key={kind} value={kind}>
          {t(`orgKind.${kind}`)}
        </option>
      ))}
    </Select>
  );
}

/** One country to choose, by its name in the reader's language. */
export function CountrySelect(select: { name: string; value: string; error?: string; onChange: (event: ChangeEvent<Control>) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Select label={t('organizations.country')} {...select}>
      <option value="">{t('organizations.chooseCountry')}</option>
      {allCountries(i18n.language).map(([code, name]) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </Select>
  );
}
