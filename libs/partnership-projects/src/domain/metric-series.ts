import type { ProjectUpdate } from './partnership-project';

export interface MetricPoint {
  at: string;
  value: number;
  cumulative: number;
}
export interface MetricSeriesData {
  indicator: string;
  unit: string | null;
  points: MetricPoint[];
}

/**
 * A project's figures over time: one series per indicator and unit (the indicator compared
 * without case), its points in the order the updates were posted, each with the running total.
 */
export function metricSeries(updates: readonly ProjectUpdate[]): MetricSeriesData[] {
  const series = new Map<string, MetricSeriesData>();
  const chronological = [...updates].sort((a, b) => a.postedAt.localeCompare(b.postedAt));
  for (const update of chronological) {
    for (const metric of update.metrics) {
      const unit = metric.unit ?? null;
      const key = `${metric.indicator.trim().toLowerCase()}\u0000${unit ?? ''}`;
      const known = series.get(key) ?? { indicator: metric.indicator.trim(), unit, points: [] };
      const total = known.points.at(-1)?.cumulative ?? 0;
      known.points.push({ at: update.postedAt, value: metric.value, cumulative: total + metric.value });
      series.set(key, known);
    }
  }
  return [...series.values()];
}
