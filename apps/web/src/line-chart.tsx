import type { Chart, ChartDataset } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Points = Array<{ x: number; y: number }>;

let library: Promise<typeof Chart> | null = null;
/**
 * Chart.js in a chunk of its own, fetched when a page first draws a chart (a list of projects
 * draws none), with only the parts the site uses registered: lines with points on linear axes
 * (time as milliseconds), a legend and tooltips.
 */
const loadChart = (): Promise<typeof Chart> =>
  (library ??= import('chart.js').then(
    ({ Chart, LineController, LineElement, PointElement, LinearScale, Legend, Tooltip }) => {
      Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);
      return Chart;
    },
    (error: unknown) => {
      library = null; // offline, say: the next chart tries again
      throw error;
    },
  ));

export interface LineSeries {
  label: string;
  /** x: a time in milliseconds; y: the value. */
  points: Points;
  /** A step line (a running total stays level between reports). */
  stepped?: boolean;
  /** Dashed and in the muted colour: a plan or reference, not reported values. */
  reference?: boolean;
}

const month = new Map<string, Intl.DateTimeFormat>();
const monthOf = (language: string) => {
  let found = month.get(language);
  if (!found) month.set(language, (found = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short' })));
  return found;
};

const cssColour = (name: string, fallback: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/**
 * The site's one way to draw a chart: Chart.js on a canvas, values over time, drawn left to right
 * in every language (time runs that way on the axis). The canvas is an image named by `summary`;
 * the caller puts the same figures in a table beside it, which is what screen readers and
 * printouts read. No animation: nothing moves for readers who asked for less motion, and no CPU
 * is spent on it. Chart.js sizes the canvas through the CSSOM, which the site's
 * Content-Security-Policy (style-src 'self') allows; it adds no <style> element.
 */
export function LineChart({ summary, series }: { summary: string; series: LineSeries[] }) {
  const { i18n } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const language = i18n.language;
  const key = JSON.stringify(series);
  useEffect(() => {
    let chart: Chart<'line', Points> | null = null;
    let gone = false;
    // without the chart (its chunk did not load) the table beside it still says everything
    loadChart().then(
      (ChartJs) => {
        if (!gone && canvas.current) chart = draw(ChartJs, canvas.current, series, language);
      },
      () => undefined,
    );
    return () => {
      gone = true;
      chart?.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the series' value: the page re-renders with equal figures often
  }, [key, language]);
  return (
    <div className="chart-box" dir="ltr">
      <canvas ref={canvas} role="img" aria-label={summary}>
        {summary}
      </canvas>
    </div>
  );
}

function draw(ChartJs: typeof Chart, canvas: HTMLCanvasElement, series: LineSeries[], language: string): Chart<'line', Points> {
  const brand = cssColour('--brand', '#0b5394');
  const muted = cssColour('--muted', '#595959');
  const text = cssColour('--text', '#1f2937');
  const numbers = new Intl.NumberFormat(language);
  // the axis spans the data, not the rounder dates around it (one time alone: Chart.js centres it)
  const times = series.flatMap((s) => s.points.map((point) => point.x));
  const span = Math.min(...times) < Math.max(...times) ? { min: Math.min(...times), max: Math.max(...times) } : {};
  const datasets: ChartDataset<'line', Points>[] = series.map((s) => ({
    label: s.label,
    data: s.points,
    stepped: s.stepped ? 'after' : false,
    borderColor: s.reference ? muted : brand,
    backgroundColor: s.reference ? muted : brand,
    borderWidth: s.reference ? 2 : 3,
    borderDash: s.reference ? [6, 4] : [],
    pointRadius: s.reference ? 3 : 4,
  }));
  return new ChartJs<'line', Points>(canvas, {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: 2,
      locale: language,
      parsing: false,
      color: text,
      scales: {
        x: {
          type: 'linear',
          ...span,
          ticks: { color: muted, maxTicksLimit: 5, callback: (value) => monthOf(language).format(new Date(Number(value))) },
          grid: { display: false },
        },
        y: { type: 'linear', beginAtZero: true, ticks: { color: muted, callback: (value) => numbers.format(Number(value)) } },
      },
      plugins: {
        legend: { display: series.length > 1, labels: { color: text } },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? monthOf(language).format(new Date(items[0].parsed.x ?? 0)) : ''),
            label: (item) => `${item.dataset.label ?? ''}: ${numbers.format(item.parsed.y ?? 0)}`,
          },
        },
      },
    },
  });
}
