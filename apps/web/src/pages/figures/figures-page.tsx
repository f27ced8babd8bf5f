import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { countryName } from '../../countries';
import type { PlatformFiguresQuery } from '../../gql/graphql';
import { formatNumber } from '../../intl';
import { Layout } from '../../layout';
import { QueryState, useQuery } from '../../ui';
import { PlatformFiguresDocument } from './documents';
import { FigureChart, FigureSection, FigureTable, type ChartSeries } from './figure-chart';
import { FigureMap } from './figure-map';
import './figures.css';

type Series = PlatformFiguresQuery['platformFigures']['practicesByRegion'];

/** A year or a month (`2011`, `2011-06`) in the reader's language and digits. */
function periodLabel(period: string, language: string): string {
  const [year, month] = period.split('-').map(Number);
  if (!month) return new Intl.NumberFormat(language, { useGrouping: false }).format(year);
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

const periodsOf = (series: Series): string[] => series[0]?.points.map((p) => p.period) ?? [];
const valuesOf = (series: Series): ChartSeries[] => series.map((s) => ({ label: s.label, values: s.points.map((p) => p.value) }));
const total = (series: ChartSeries[]): number => series.reduce((sum, s) => sum + s.values.reduce((a, b) => a + b, 0), 0);

interface Figure {
  id: string;
  title: string;
  hint: string;
  kind: 'bar' | 'line';
  horizontal?: boolean;
  labels: string[];
  series: ChartSeries[];
  summary: string;
  rowHeading: string;
  /** Drawn as a world map of these countries' figures instead of bars. */
  map?: Array<{ country: string; practices: number }>;
}

/** One figure: its chart and, beside it, the table of the same numbers; a sentence when there is nothing yet. */
function FigureBlock({ id, title, hint, kind, horizontal = false, labels, series, summary, rowHeading, map }: Figure) {
  const { t, i18n } = useTranslation();
  return (
    <FigureSection id={id} title={title} hint={hint}>
      {series.length === 0 || labels.length === 0 ? (
        <p>{t('figures.none')}</p>
      ) : (
        <>
          {map ? (
            <FigureMap practicesByCountry={map} summary={summary} label={(code) => countryName(code, i18n.language)} />
          ) : (
            <FigureChart kind={kind} stacked={kind === 'bar' && series.length > 1} horizontal={horizontal} labels={labels} series={series} summary={summary} />
          )}
          <FigureTable caption={t('figures.tableOf', { title })} rowHeading={rowHeading} labels={labels} series={series} />
        </>
      )}
    </FigureSection>
  );
}

/** The public "Platform in figures" page (issue 15 point 7). */
export function FiguresPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const figures = useQuery(() => request(PlatformFiguresDocument, { language }), [language]);
  const data = figures.data?.platformFigures;
  const stage = { CALLS: t('figures.stageCalls'), RESPONSES: t('figures.stageResponses'), PROJECTS: t('figures.stageProjects') };
  const funnelLabels = data?.funnel.map((f) => stage[f.stage]) ?? [];
  const funnel: ChartSeries[] = data ? [{ label: t('figures.count'), values: data.funnel.map((f) => f.count) }] : [];
  const countries = data?.countriesSharingPractices ?? [];
  const countryLabels = countries.map((c) => countryName(c.country, language));
  const countrySeries: ChartSeries[] = [{ label: t('figures.practices'), values: countries.map((c) => c.practices) }];
  const overTime = (id: string, title: string, hint: string, series: Series, kind: 'bar' | 'line', rowHeading: string): Figure => {
    const labels = periodsOf(series).map((p) => periodLabel(p, language));
    return {
      id,
      title,
      hint,
      kind,
      labels,
      series: valuesOf(series),
      rowHeading,
      summary: t('figures.chartSummary', { title, series: formatNumber(series.length, language), from: labels[0], to: labels[labels.length - 1] }),
    };
  };
  const blocks: Figure[] = data
    ? [
        overTime('regions', t('figures.byRegion'), t('figures.byYearHint'), data.practicesByRegion, 'bar', t('figures.year')),
        overTime('themes', t('figures.byTheme'), t('figures.byYearHint'), data.practicesByTheme, 'bar', t('figures.year')),
        {
          id: 'funnel',
          title: t('figures.funnel'),
          hint: t('figures.funnelHint'),
          kind: 'bar',
          horizontal: true,
          labels: funnelLabels,
          series: funnel,
          rowHeading: t('figures.stage'),
          summary: t('figures.funnelSummary', {
            calls: formatNumber(data.funnel[0]?.count ?? 0, language),
            responses: formatNumber(data.funnel[1]?.count ?? 0, language),
            projects: formatNumber(data.funnel[2]?.count ?? 0, language),
          }),
        },
        overTime(
          'metrics',
          t('figures.metrics'),
          t('figures.metricsHint'),
          data.projectMetrics,
          (data.projectMetrics[0]?.points.length ?? 0) > 1 ? 'line' : 'bar',
          t('figures.month'),
        ),
        {
          id: 'countries',
          title: t('figures.countries'),
          hint: t('figures.countriesHint'),
          kind: 'bar',
          horizontal: true,
          labels: countryLabels,
          series: countrySeries,
          rowHeading: t('figures.country'),
          map: countries,
          summary: t('figures.countriesSummary', { states: formatNumber(countries.length, language), total: formatNumber(total(countrySeries), language) }),
        },
      ]
    : [];
  return (
    <Layout title={t('figures.title')}>
      <h1>{t('figures.title')}</h1>
      <p>{t('figures.intro')}</p>
      <QueryState loading={figures.loading} error={figures.error} />
      {blocks.map((block) => (
        <FigureBlock key={block.id} {...block} />
      ))}
    </Layout>
  );
}
