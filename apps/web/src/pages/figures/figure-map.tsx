import { Chart, Tooltip } from 'chart.js';
import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale, topojson, type Feature } from 'chartjs-chart-geo';
import countries from 'i18n-iso-countries';
import { useTranslation } from 'react-i18next';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { ChartCanvas } from './figure-chart';

// A choropleth: the countries of Natural Earth's 1:110m map (world-atlas, bundled: nothing is fetched), coloured by a scale.
Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale, Tooltip);

const atlas = world as unknown as Topology;
const FEATURES = (topojson.feature(atlas, atlas.objects.countries) as unknown as { features: Feature[] }).features;

/**
 * The states sharing practices on a world map (equal-area projection), shaded by how many they
 * publish; countries without any are left pale. World-atlas names countries by their ISO 3166-1
 * numeric code. Like the other charts, a canvas named by its summary, the table beside it.
 */
export function FigureMap({
  practicesByCountry,
  summary,
  label,
}: {
  practicesByCountry: Array<{ country: string; practices: number }>;
  summary: string;
  label: (alpha3: string) => string;
}) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const draw = (canvas: HTMLCanvasElement) => {
    const byNumeric = new Map(practicesByCountry.map((c) => [countries.alpha3ToNumeric(c.country) ?? '', c]));
    const numbers = new Intl.NumberFormat(language);
    const rtl = language === 'ar';
    return new Chart(canvas, {
      type: 'choropleth',
      data: {
        labels: FEATURES.map((f) => {
          const found = byNumeric.get(String(f.id));
          return found ? label(found.country) : '';
        }),
        datasets: [
          {
            label: summary,
            outline: FEATURES,
            showOutline: true,
            borderColor: '#8a96a3',
            borderWidth: 0.5,
            data: FEATURES.map((feature) => ({ feature, value: byNumeric.get(String(feature.id))?.practices ?? Number.NaN })),
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: true,
        aspectRatio: 1.8,
        locale: language,
        plugins: {
          legend: { display: false },
          tooltip: {
            rtl,
            filter: (item) => Number.isFinite((item.raw as { value: number }).value),
            callbacks: {
              label: (item) => `${String(item.chart.data.labels?.[item.dataIndex] ?? '')}: ${numbers.format((item.raw as { value: number }).value)}`,
            },
          },
        },
        scales: {
          projection: { axis: 'x', projection: 'equalEarth' },
          color: {
            axis: 'x',
            interpolate: 'blues',
            missing: '#f3f6f9',
            quantize: 5,
            legend: { position: 'bottom-right', align: 'right' },
            ticks: { color: '#1f2937', precision: 0, callback: (value: string | number) => numbers.format(Number(value)) },
          },
        },
      },
    });
  };
  return <ChartCanvas summary={summary} redrawKey={JSON.stringify([practicesByCountry, language])} draw={draw} />;
}
