import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, Table } from '../../ui';
import type { ProjectDetails } from './documents';

type Series = ProjectDetails['metricSeries'][number];

const W = 320;
const H = 160;
const PAD = { top: 12, right: 12, bottom: 24, left: 12 };

/**
 * One indicator's running total over time: an SVG drawn here (a step line with a dot per
 * report), described for screen readers by its caption, and the same figures in a table beside it.
 */
function SeriesChart({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const name = series.unit ? `${series.indicator} (${series.unit})` : series.indicator;
  const points = series.points;
  const times = points.map((point) => Date.parse(point.at));
  const first = Math.min(...times);
  const span = Math.max(...times) - first || 1;
  const top = Math.max(...points.map((point) => point.cumulative), 1);
  const x = (at: number) => (points.length === 1 ? (W - PAD.left - PAD.right) / 2 + PAD.left : PAD.left + ((at - first) / span) * (W - PAD.left - PAD.right));
  const y = (value: number) => H - PAD.bottom - (Math.max(value, 0) / top) * (H - PAD.top - PAD.bottom);
  const path = points
    .map((point, i) => {
      const px = x(times[i]);
      const py = y(point.cumulative);
      if (i === 0) return `M ${PAD.left} ${H - PAD.bottom} L ${px} ${H - PAD.bottom} L ${px} ${py}`;
      return `L ${px} ${y(points[i - 1].cumulative)} L ${px} ${py}`;
    })
    .join(' ');
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
        {/* The chart draws left to right in every language: time runs that way on its axis. */}
        <div dir="ltr">
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="metric-chart">
            <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} className="axis" />
            <path d={path} className="line" fill="none" />
            {points.map((point, i) => (
              <circle key={point.at} cx={x(times[i])} cy={y(point.cumulative)} r={4} className="dot" />
            ))}
            <text x={PAD.left} y={H - 6} className="tick">
              {formatDate(points[0].at, i18n.language)}
            </text>
            {points.length > 1 && (
              <text x={W - PAD.right} y={H - 6} className="tick" textAnchor="end">
                {formatDate(last.at, i18n.language)}
              </text>
            )}
            <text x={x(times[times.length - 1])} y={Math.max(y(last.cumulative) - 8, 10)} className="value" textAnchor={points.length > 1 ? 'end' : 'middle'}>
              {formatNumber(last.cumulative, i18n.language)}
            </text>
          </svg>
        </div>
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
