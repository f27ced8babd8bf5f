import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { FormError, Select, TextField, useAction } from '../../ui';
import { SetProjectTargetDocument, type ProjectDetails } from './documents';
import { parseFigure } from './figures';
import { DateField, useProjectChoices } from './project-fields';
import { targetKey } from './target-key';

type Target = ProjectDetails['targets'][number];

/** What a target may serve (the API checks it): the taxonomy's GCM objectives and SDG targets, each kind a group. */
const SERVES = [
  ['GCM_OBJECTIVE', 'quality.gcmObjectives'],
  ['SDG_TARGET', 'quality.sdgTargets'],
] as const;

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

/**
 * The lead's form to state a target or change one: indicator, unit, baseline, target value and
 * date, and the GCM objective or SDG target it serves. Refusals are named by field (FormError).
 */
export function TargetForm({
  project,
  target,
  taken,
  onSaved,
  onCancel,
}: {
  project: ProjectDetails;
  /** The target changed; none for a new one. */
  target: Target | null;
  /** Every target key of the project, retired ones too. */
  taken: readonly string[];
  onSaved: (project: ProjectDetails) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const choices = useProjectChoices();
  const { error, run } = useAction();
  const [indicator, setIndicator] = useState(target?.indicator ?? '');
  const [unit, setUnit] = useState(target?.unit ?? '');
  const [baseline, setBaseline] = useState(text(target?.baseline));
  const [targetValue, setTargetValue] = useState(text(target?.targetValue));
  const [targetDate, setTargetDate] = useState(target?.targetDate ?? '');
  const [serves, setServes] = useState(target?.serves ?? '');
  const [notNumbers, setNotNumbers] = useState<Record<string, string>>({});
  const themes = choices.data?.themes ?? [];
  const headingRef = useRef<HTMLHeadingElement>(null);
  // "Edit" moves the reader to the form it opens
  const editingId = target?.id;
  useEffect(() => {
    if (editingId) headingRef.current?.focus();
  }, [editingId]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const numbers = { baseline: parseFigure(baseline), targetValue: parseFigure(targetValue) };
    const wrong = Object.fromEntries(Object.entries(numbers).flatMap(([field, value]) => (Number.isNaN(value) ? [[field, t('quality.numberNeeded')]] : [])));
    setNotNumbers(wrong);
    if (Object.keys(wrong).length > 0) return;
    void run(async () => {
      const saved = await request(SetProjectTargetDocument, {
        input: {
          projectId: project.id,
          expectedRevision: project.revision,
          targetId: target?.id ?? targetKey(indicator, taken),
          indicator,
          unit,
          ...numbers,
          targetDate,
          serves,
        },
      });
      if (!target) {
        setIndicator('');
        setUnit('');
        setBaseline('');
        setTargetValue('');
        setTargetDate('');
        setServes('');
      }
      onSaved(saved.setProjectTarget.partnershipProject);
    });
  };
  const heading = target ? t('quality.editTarget', { indicator: target.indicator }) : t('quality.addTarget');
  const headingId = target ? `edit-target-${target.id}` : 'add-target';
  return (
    <section aria-labelledby={headingId} className="project-panel target-form">
      <h3 id={headingId} dir="auto" ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <form onSubmit={submit} noValidate>
        <FormError error={error} labels={{ targetId: t('quality.indicator') }} />
        <TextField
          label={t('quality.indicator')}
          hint={t('quality.indicatorHint')}
          name="indicator"
          dir="auto"
          value={indicator}
          onChange={(event) => setIndicator(event.target.value)}
          required
          error={error?.fields.indicator ?? error?.fields.targetId}
        />
        <TextField
          label={t('quality.unit')}
          hint={t('quality.unitHint')}
          name="unit"
          dir="auto"
          value={unit}
          onChange={(event) => setUnit(event.target.value)}
          required
          error={error?.fields.unit}
        />
        <div className="form-row">
          <TextField
            label={t('quality.baseline')}
            name="baseline"
            inputMode="decimal"
            value={baseline}
            onChange={(event) => setBaseline(event.target.value)}
            required
            error={notNumbers.baseline ?? error?.fields.baseline}
          />
          <TextField
            label={t('quality.targetValue')}
            name="targetValue"
            inputMode="decimal"
            value={targetValue}
            onChange={(event) => setTargetValue(event.target.value)}
            required
            error={notNumbers.targetValue ?? error?.fields.targetValue}
          />
        </div>
        <DateField label={t('quality.targetDate')} name="targetDate" value={targetDate} onChange={setTargetDate} error={error?.fields.targetDate} />
        <Select
          label={t('quality.serves')}
          hint={t('quality.servesHint')}
          name="serves"
          value={serves}
          onChange={(event) => setServes(event.target.value)}
          required
          error={error?.fields.serves}
        >
          <option value="">{t('quality.choose')}</option>
          {SERVES.map(([kind, group]) => (
            <optgroup key={kind} label={t(group)}>
              {themes
                .filter((theme) => theme.kind === kind)
                .map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
        <p className="form-actions">
          <button type="submit" className="primary">
            {t('quality.saveTarget')}
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              {t('quality.cancelEdit')}
            </button>
          )}
        </p>
      </form>
    </section>
  );
}
