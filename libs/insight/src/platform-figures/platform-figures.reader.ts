import { Injectable } from '@nestjs/common';
import { regionByCode, regionName, themeById, themeLabel } from '@pfp/taxonomy';
import { DataSource } from 'typeorm';
import { FunnelStage, type CountryFigure, type FigureSeries, type FunnelFigure, type PlatformFigures } from './platform-figures.types';

/**
 * How long one computation of the figures serves every reader: they move slowly, and the page is
 * public. Older figures are still served while the next are computed (1.6 s at 100k practices):
 * only the first reader of a process waits for them.
 */
export const FIGURES_TTL_MS = 15_000;

interface Counted {
  key: string;
  year: string;
  n: number;
}

interface Raw {
  regions: Counted[];
  themes: Counted[];
  funnel: { calls: number; responses: number; projects: number };
  metrics: Array<{ project_id: string; indicator: string; value: number; month: string }>;
  countries: Array<{ country: string; n: number }>;
}

const TOP_REGIONS = ['002', '019', '142', '150', '009'];
const GFMD_THEMES = (id: string): boolean => themeById(id)?.kind === 'GFMD_THEME';

/**
 * The platform's figures, read with five aggregate statements over the read models (public
 * rows only: visible practices, posted calls, projects without readers); never the event log.
 * The year of a practice is the year its period began, else the year it was published.
 */
const SQL = {
  practices: `
    WITH p AS (
      SELECT regions, themes,
             coalesce(substring(doc #>> '{published,period,start}' FROM '^[0-9]{4}'), to_char(published_at, 'YYYY')) AS year
      FROM practice_search WHERE visible)
    SELECT 'region' AS by, r AS key, year, count(*)::int AS n FROM p, unnest(p.regions) r WHERE r = ANY($1::text[]) GROUP BY r, year
    UNION ALL
    SELECT 'theme', t, year, count(*)::int FROM p, unnest(p.themes) t GROUP BY t, year`,
  funnel: `
    SELECT (SELECT count(*) FROM calls_for_action WHERE status <> 'PENDING')::int AS calls,
           (SELECT count(*) FROM calls_for_action c, jsonb_array_elements(c.doc -> 'responses') r
             WHERE c.status <> 'PENDING' AND r ->> 'status' <> 'WITHDRAWN')::int AS responses,
           (SELECT count(*) FROM partnership_projects WHERE from_call_id IS NOT NULL AND readers IS NULL)::int AS projects`,
  metrics: `
    SELECT u.project_id, lower(trim(m ->> 'indicator')) AS indicator, (m ->> 'value')::float8 AS value, to_char(u.posted_at, 'YYYY-MM') AS month
    FROM project_updates u JOIN partnership_projects p ON p.id = u.project_id AND p.readers IS NULL,
         jsonb_array_elements(u.metrics) m
    WHERE jsonb_typeof(m -> 'value') = 'number'
    ORDER BY u.posted_at, u.id`,
  countries: `
    SELECT doc ->> 'ownerCountry' AS country, count(*)::int AS n FROM practice_search
    WHERE visible AND doc ->> 'ownerCountry' IS NOT NULL GROUP BY 1 ORDER BY n DESC, country`,
};

@Injectable()
export class PlatformFiguresReader {
  private cached: { at: number; raw: Promise<Raw>; value?: Raw } | null = null;
  /** The last figures computed, served while newer ones are. */
  private last: Raw | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async figures(language: string, now = Date.now()): Promise<PlatformFigures> {
    if (!this.cached || now - this.cached.at > FIGURES_TTL_MS) {
      const entry: { at: number; raw: Promise<Raw>; value?: Raw } = { at: now, raw: this.load() };
      this.cached = entry;
      entry.raw.then(
        (value) => {
          entry.value = value;
          if (this.cached === entry) this.last = value;
        },
        () => {
          if (this.cached === entry) this.cached = null; // the next reader tries again; meanwhile the last figures stand
        },
      );
    }
    const raw = this.cached.value ?? this.last ?? (await this.cached.raw);
    const themes = raw.themes.filter((t) => GFMD_THEMES(t.key));
    const topThemes = topKeys(themes, 6);
    return {
      practicesByRegion: series(raw.regions, TOP_REGIONS, (code) => regionName(code, language) ?? regionByCode(code)?.name ?? code),
      practicesByTheme: series(themes, topThemes, (id) => themeLabel(id, language) ?? id),
      funnel: funnelOf(raw.funnel),
      projectMetrics: metricSeries(raw.metrics, 4),
      countriesSharingPractices: raw.countries.map((c): CountryFigure => ({ country: c.country, practices: c.n })),
    };
  }

  /** Forgets the cached figures (tests that write and read them at once). */
  forget(): void {
    this.cached = null;
    this.last = null;
  }

  /** The five statements' rows (protected: the caching's spec counts and times its calls). */
  protected async load(): Promise<Raw> {
    const [practices, [funnel], metrics, countries] = await Promise.all([
      this.dataSource.query(SQL.practices, [TOP_REGIONS]) as Promise<Array<Counted & { by: 'region' | 'theme' }>>,
      this.dataSource.query(SQL.funnel) as Promise<Array<Raw['funnel']>>,
      this.dataSource.query(SQL.metrics) as Promise<Raw['metrics']>,
      this.dataSource.query(SQL.countries) as Promise<Raw['countries']>,
    ]);
    return {
      regions: practices.filter((p) => p.by === 'region'),
      themes: practices.filter((p) => p.by === 'theme'),
      funnel,
      metrics,
      countries,
    };
  }
}

export const PLATFORM_FIGURES_SQL = SQL;

function topKeys(counted: Counted[], n: number): string[] {
  const totals = new Map<string, number>();
  for (const c of counted) totals.set(c.key, (totals.get(c.key) ?? 0) + c.n);
  return [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([key]) => key);
}

/** One series per key, every year of any series in each (0 where none), years in order. */
function series(counted: Counted[], keys: string[], label: (key: string) => string): FigureSeries[] {
  const years = [...new Set(counted.map((c) => c.year))].sort();
  const present = keys.filter((key) => counted.some((c) => c.key === key));
  return present.map((key) => ({
    key,
    label: label(key),
    points: years.map((period) => ({ period, value: counted.find((c) => c.key === key && c.year === period)?.n ?? 0 })),
  }));
}

function funnelOf(f: Raw['funnel']): FunnelFigure[] {
  return [
    { stage: FunnelStage.CALLS, count: f.calls },
    { stage: FunnelStage.RESPONSES, count: f.responses },
    { stage: FunnelStage.PROJECTS, count: f.projects },
  ];
}

/**
 * Per indicator, the month by month sum over projects of each project's latest figure (a
 * project's update reports where it stands: 3,500 officials trained so far), for the `n`
 * indicators reported by the most projects. Every series has the months of all of them.
 */
function metricSeries(rows: Raw['metrics'], n: number): FigureSeries[] {
  const projects = new Map<string, Set<string>>();
  for (const r of rows) projects.set(r.indicator, (projects.get(r.indicator) ?? new Set()).add(r.project_id));
  const top = [...projects]
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([indicator]) => indicator);
  const months = [...new Set(rows.filter((r) => top.includes(r.indicator)).map((r) => r.month))].sort();
  return top.map((indicator) => {
    const latest = new Map<string, number>();
    const mine = rows.filter((r) => r.indicator === indicator);
    let i = 0;
    const points = months.map((period) => {
      for (; i < mine.length && mine[i].month <= period; i++) latest.set(mine[i].project_id, mine[i].value);
      return { period, value: [...latest.values()].reduce((a, b) => a + b, 0) };
    });
    return { key: indicator, label: indicator, points };
  });
}
