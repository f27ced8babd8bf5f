import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LineChart } from '../../line-chart';
import { formatDate, formatNumber, Table } from '../../ui';
import type { ProjectDetails } from './documents';

type Series = ProjectDetails['metricSeries'][number];

/**
 * One indicator's running total over time: a step line (the site's one chart, LineChart), named
 * for screen readers by its summary, and the same figures in a table beside it.
 */
function SeriesChart({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const name = series.unit ? `${series.indicator} (${series.unit})` : series.indicator;
  const points = series.points;
  const last = points[points.length - 1];
  const summary = t('projects.chartSummary', {
    indicator: name,
    from: formatNumber(points[0].cumulative, i18n.language),
    to: formatNumber(last.cumulative, i18n.language),
    count: formatNumber(points.length, i18n.language),
  });
  return (
    <figure className="metric" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} dir="auto">
        <strong>{name}</strong>: {formatNumber(last.cumulative, i18n.language)}
      </figcaption>
      <div className="metric-body">
        <LineChart
          summary={summary}
          series={[{ label: t('projects.chartTotal'), points: points.map((point) => ({ x: Date.parse(point.at), y: point.cumulative })), stepped: true }]}
        />
        <Table
          caption={t('projects.chartTable', { indicator: name })}
          columns={[t('projects.chartDate'), t('projects.chartReported'), t('projects.chartTotal')]}
        >
          {points.map((point) => (
            <tr key={point.at}>
              <td>{formatDate(point.at, i18n.language)}</td>
              <td>{formatNumber(point.value, i18n.language)}</td>
              <td>{formatNumber(point.cumulative, i18n.language)}</td>
            </tr>
          ))}
        </Table>
      </div>
    </figure>
  );
}

/** The project's figures over time, one chart and table per indicator. */
export function MetricsOverTime({ series }: { series: Series[] }) {
  const { t } = useTranslation();
  if (series.length === 0) return null;
  return (
    <section aria-labelledby="figures" className="project-figures">
      <h2 id="figures">{t('projects.figures')}</h2>
      <p className="hint">{t('projects.figuresHint')}</p>
      {series.map((s) => (
        <SeriesChart key={`${s.indicator}\u0000${s.unit ?? ''}`} series={s} />
      ))}
    </section>
  );
}
