import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiRequestError } from '../../api';
import { formatDate, formatNumber, TextField } from '../../ui';
import type { ProjectDetails } from './documents';
import { parseFigure } from './figures';

type Target = ProjectDetails['targets'][number];

export interface ProgressValues {
  /** As typed, by target key. */
  values: Record<string, string>;
  set: (targetId: string, value: string) => void;
  /** Marks the values that are no number; true when there is one. */
  check: () => boolean;
  clear: () => void;
  notNumbers: Record<string, string>;
}

export function useProgressValues(targets: readonly Target[]): ProgressValues {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({});
  const [notNumbers, setNotNumbers] = useState<Record<string, string>>({});
  return {
    values,
    notNumbers,
    set: (targetId, value) => setValues((previous) => ({ ...previous, [targetId]: value })),
    check: () => {
      const wrong = Object.fromEntries(
        targets.flatMap((target) =>
          values[target.id]?.trim() && Number.isNaN(parseFigure(values[target.id])) ? [[target.id, t('quality.numberNeeded')]] : [],
        ),
      );
      setNotNumbers(wrong);
      return Object.keys(wrong).length > 0;
    },
    clear: () => {
      setValues({});
      setNotNumbers({});
    },
  };
}

/** The targets given a value, in the project's order (the order the API's `progress.<i>` refusals count in). */
const filled = (values: Record<string, string>, targets: readonly Target[]) => targets.filter((target) => values[target.id]?.trim());

export const progressInput = (values: Record<string, string>, targets: readonly Target[]) =>
  filled(values, targets).map((target) => ({ targetId: target.id, value: parseFigure(values[target.id]) }));

/**
 * One field per target in use: the value reached now (the level, not what is new since the last
 * update), with the baseline, the target and the last value reported as its hint.
 */
export function ProgressFields({ targets, progress, error }: { targets: readonly Target[]; progress: ProgressValues; error: ApiRequestError | null }) {
  const { t, i18n } = useTranslation();
  if (targets.length === 0) return null;
  const sent = filled(progress.values, targets).map((target) => target.id);
  return (
    <fieldset className="target-progress">
      <legend>{t('quality.progressLegend')}</legend>
      <p className="hint">{t('quality.progressHint')}</p>
      {targets.map((target) => {
        const i = sent.indexOf(target.id);
        const path = i >= 0 ? `progress.${i}` : `progress.${target.id}`;
        const plan = t('quality.progressPlan', {
          baseline: formatNumber(target.baseline, i18n.language),
          target: formatNumber(target.targetValue, i18n.language),
          date: formatDate(target.targetDate, i18n.language),
        });
        const last =
          target.current === null || target.current === undefined
            ? ''
            : ` ${t('quality.progressLast', { value: formatNumber(target.current, i18n.language) })}`;
        return (
          <TextField
            key={target.id}
            label={t('quality.indicatorUnit', { indicator: target.indicator, unit: target.unit })}
            hint={`${plan}${last}`}
            name={`${path}.value`}
            inputMode="decimal"
            value={progress.values[target.id] ?? ''}
            onChange={(event) => progress.set(target.id, event.target.value)}
            error={progress.notNumbers[target.id] ?? error?.fields[`${path}.value`] ?? error?.fields[`${path}.targetId`]}
          />
        );
      })}
    </fieldset>
  );
}
