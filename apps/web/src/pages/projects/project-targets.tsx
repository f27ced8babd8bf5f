import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { LineChart } from '../../line-chart';
import { FormError, formatDate, formatNumber, Table, useAction } from '../../ui';
import { RetireProjectTargetDocument, type ProjectDetails } from './documents';
import { useProjectChoices } from './project-fields';
import type { ProjectSectionProps } from './project-partners';
import { TargetForm } from './target-form';
import { TargetStatusBadge } from './target-status';
import './quality.css';

type Target = ProjectDetails['targets'][number];

const atMidday = (date: string) => Date.parse(`${date}T12:00:00Z`);

/** "5,000 officials" in the reader's digits. */
function useAmount() {
  const { t, i18n } = useTranslation();
  return (value: number, unit: string) => t('quality.amount', { value: formatNumber(value, i18n.language), unit });
}

/**
 * One target: what it measures, from what to what by when, what it serves, its status, and its
 * values over time drawn against the planned path (a straight line from the baseline at the
 * project's start to the target at its date), with the same values in a table beside the chart.
 */
function TargetCard({
  target,
  start,
  serves,
  isLead,
  onEdit,
  onRetire,
}: {
  target: Target;
  start: string;
  serves: string;
  isLead: boolean;
  onEdit: () => void;
  onRetire: () => void;
}) {
  const { t, i18n } = useTranslation();
  const amount = useAmount();
  const [confirming, setConfirming] = useState(false);
  const headingId = `target-${target.id}`;
  const name = t('quality.indicatorUnit', { indicator: target.indicator, unit: target.unit });
  const due = formatDate(target.targetDate, i18n.language);
  const status = t(`quality.status.${target.status}`);
  const summary =
    target.current === null || target.current === undefined
      ? t('quality.chartSummaryEmpty', { name, target: formatNumber(target.targetValue, i18n.language), date: due, status })
      : t('quality.chartSummary', {
          name,
          current: formatNumber(target.current, i18n.language),
          target: formatNumber(target.targetValue, i18n.language),
          date: due,
          status,
        });
  return (
    <article className="target" aria-labelledby={headingId}>
      <h3 id={headingId} dir="auto">
        {target.indicator} <TargetStatusBadge status={target.status} />
      </h3>
      <dl className="target-facts">
        <dt>{t('quality.baseline')}</dt>
        <dd dir="auto">{amount(target.baseline, target.unit)}</dd>
        <dt>{t('quality.target')}</dt>
        <dd dir="auto">{t('quality.targetBy', { amount: amount(target.targetValue, target.unit), date: due })}</dd>
        <dt>{t('quality.latest')}</dt>
        <dd dir="auto">{target.current === null || target.current === undefined ? t('quality.noValueYet') : amount(target.current, target.unit)}</dd>
        <dt>{t('quality.serves')}</dt>
        <dd>{serves}</dd>
      </dl>
      <div className="metric-body">
        <LineChart
          summary={summary}
          series={[
            {
              label: t('quality.reported'),
              // from the baseline at the start: the level the reports go on from
              points: [{ x: atMidday(start), y: target.baseline }, ...target.readings.map((reading) => ({ x: Date.parse(reading.at), y: reading.value }))],
            },
            {
              label: t('quality.plannedPath'),
              points: [
                { x: atMidday(start), y: target.baseline },
                { x: atMidday(target.targetDate), y: target.targetValue },
              ],
              reference: true,
            },
          ]}
        />
        {target.readings.length > 0 ? (
          <Table caption={t('quality.tableCaption', { name })} columns={[t('quality.date'), t('quality.valueReached')]}>
            {target.readings.map((reading) => (
              <tr key={reading.at}>
                <td>{formatDate(reading.at, i18n.language)}</td>
                <td>{formatNumber(reading.value, i18n.language)}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <p className="hint">{t('quality.noValueYet')}</p>
        )}
      </div>
      {isLead && (
        <p className="form-actions">
          <button type="button" onClick={onEdit}>
            {t('quality.edit', { indicator: target.indicator })}
          </button>
          {confirming ? (
            <span className="confirm" role="group" aria-label={t('quality.retireConfirm', { indicator: target.indicator })}>
              <span>{t('quality.retireConfirm', { indicator: target.indicator })}</span>{' '}
              <button type="button" className="primary" onClick={onRetire}>
                {t('quality.retireYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('quality.keep')}
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('quality.retire', { indicator: target.indicator })}
            </button>
          )}
        </p>
      )}
    </article>
  );
}

/**
 * The project's measurable targets and its status from them; the lead states, changes and
 * retires targets here (the API lets only the lead: SetProjectTarget and RetireProjectTarget).
 */
export function TargetsSection({ project, isLead, onChanged }: ProjectSectionProps) {
  const { t } = useTranslation();
  const choices = useProjectChoices();
  const { error, run } = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  if (project.targets.length === 0 && !isLead) return null;
  const labels = new Map(choices.data?.themes.map((theme) => [theme.id, theme.label]));
  const start = project.startsOn ?? project.launchedAt.slice(0, 10);
  // the keys of retired targets are taken too: the API refuses to set a retired one again
  const taken = project.everyTarget.map((target) => target.id);
  const retire = (targetId: string) =>
    run(async () => {
      const retired = await request(RetireProjectTargetDocument, { input: { projectId: project.id, expectedRevision: project.revision, targetId } });
      onChanged(retired.retireProjectTarget.partnershipProject);
    });
  const edited = project.targets.find((target) => target.id === editing) ?? null;
  return (
    <section aria-labelledby="targets" className="project-targets">
      <h2 id="targets">{t('quality.targets')}</h2>
      {project.targets.length > 0 ? (
        <p>
          <TargetStatusBadge status={project.targetStatus} of="project" />
        </p>
      ) : (
        <p className="hint">{t('quality.noTargets')}</p>
      )}
      <p className="hint">{t('quality.statusRule')}</p>
      <FormError error={error} />
      {project.targets.map((target) => (
        <TargetCard
          key={target.id}
          target={target}
          start={start}
          serves={labels.get(target.serves) ?? target.serves}
          isLead={isLead}
          onEdit={() => setEditing(target.id)}
          onRetire={() => void retire(target.id)}
        />
      ))}
      {isLead && (
        <TargetForm
          key={edited?.id ?? 'new'}
          project={project}
          target={edited}
          taken={taken}
          onSaved={(saved) => {
            setEditing(null);
            onChanged(saved);
          }}
          onCancel={edited ? () => setEditing(null) : undefined}
        />
      )}
    </section>
  );
}
