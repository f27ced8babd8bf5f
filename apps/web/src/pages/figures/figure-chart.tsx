import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../intl';

// Only what the figures page draws: bars and lines on a category axis, a legend and tooltips.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Distinguishable on white and for the common colour-vision deficiencies (Okabe-Ito), the brand blue first. */
const PALETTE = ['#0b5394', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];

export interface ChartSeries {
  label: string;
  values: number[];
}

interface FigureChartProps {
  kind: 'bar' | 'line';
  /** The category of each value: years, months, stages, countries. */
  labels: string[];
  series: ChartSeries[];
  /** What the chart shows, in a sentence: the canvas's accessible name. */
  summary: string;
  stacked?: boolean;
  horizontal?: boolean;
}

/**
 * A Chart.js canvas, named for screen readers by its summary; the figures themselves are in the
 * table beside it (FigureTable), which is what assistive technology and printouts read. No
 * animation. Chart.js sizes the canvas through the CSSOM, which style-src 'self' allows.
 * Labels and legend read right to left in Arabic; the time axis keeps running left to right.
 */
export function FigureChart({ kind, labels, series, summary, stacked = false, horizontal = false }: FigureChartProps) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const draw = (canvas: HTMLCanvasElement) => {
    const numbers = new Intl.NumberFormat(language);
    const rtl = language === 'ar';
    const valueAxis = { beginAtZero: true, stacked, ticks: { color: '#595959', precision: 0, callback: (v: string | number) => numbers.format(Number(v)) } };
    const categoryAxis = { stacked, ticks: { color: '#595959' }, grid: { display: false } };
    const config: ChartConfiguration<'bar' | 'line', number[], string> = {
      type: kind,
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: PALETTE[i % PALETTE.length],
          borderColor: PALETTE[i % PALETTE.length],
          borderWidth: kind === 'line' ? 3 : 0,
          pointRadius: kind === 'line' ? 3 : 0,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: true,
        aspectRatio: horizontal ? 1.4 : 1.8,
        indexAxis: horizontal ? 'y' : 'x',
        locale: language,
        color: '#1f2937',
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: { display: series.length > 1, rtl, labels: { color: '#1f2937' } },
          tooltip: { rtl, callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${numbers.format(Number(item.raw))}` } },
        },
      },
    };
    return new Chart(canvas, config);
  };
  return <ChartCanvas summary={summary} redrawKey={JSON.stringify([kind, labels, series, stacked, horizontal, language])} draw={draw} />;
}

/**
 * The canvas a chart is drawn on, named by its summary for screen readers; `draw` runs again
 * (the old chart destroyed) only when `redrawKey` changes.
 */
export function ChartCanvas({ summary, redrawKey, draw }: { summary: string; redrawKey: string; draw: (canvas: HTMLCanvasElement) => Chart }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = draw(canvas.current);
    return () => chart.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redrawn when what it shows changes (redrawKey), not on every render's new draw
  }, [redrawKey]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}

/** The figures of a chart as a table: one row per category, one column per series. */
export function FigureTable({ caption, rowHeading, labels, series }: { caption: string; rowHeading: string; labels: string[]; series: ChartSeries[] }) {
  const { i18n } = useTranslation();
  return (
    // focusable: a table wider than its column scrolls sideways, and keyboard users must reach it
    <div className="table-wrap figure-table" tabIndex={0} role="group" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {series.map((s) => (
              <th key={s.label} scope="col" dir="auto">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, row) => (
            <tr key={label}>
              <th scope="row" dir="auto">
                {label}
              </th>
              {series.map((s) => (
                <td key={s.label}>{formatNumber(s.values[row] ?? 0, i18n.language)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A chart and its table side by side (stacked when narrow), under a heading. */
export function FigureSection({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="figure-section" aria-labelledby={headingId} id={id}>
      <h2 id={headingId}>{title}</h2>
      {hint && <p className="hint">{hint}</p>}
      <div className="figure-body">{children}</div>
    </section>
  );
}
