import { regionCodesOfCountries, THEMES } from '@pfp/taxonomy';
import { demoPracticeId } from '@pfp/practices';
import { useTestApi } from '../authorization/harness';

/*
 * Recommendations at 100k published practices: the statements a request runs are read from the
 * API's own DataSource while it answers, then explained (ANALYZE) on the same data. None may
 * scan a read model whole: each goes through an index and reads a bounded candidate set. The
 * rows are copies of a demo practice with the bench generator's spread (12 owners, 3 of the 79
 * themes, 2 of 30 countries each), written in SQL: the aggregate's own path is the rebuild
 * bench's to measure, not this one's. Timings are printed with the load average, beside a
 * baseline in the same run (the drafting query similarPractices on the same themes).
 */

const COUNT = 100_000;
const COUNTRIES = 'MEX HND GTM PHL IDN VNM IND BGD NPL MAR TUN SEN NGA GHA KEN ETH MDA ROU POL DEU FRA ESP ITA SWE CHE TUR ECU COL BRA CAN'.split(' ');
const READ_MODELS = ['practice_search', 'calls_for_action', 'partnership_projects', 'practice_interest'];

interface Plan {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: Plan[];
}
const nodes = (plan: Plan): Plan[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

describe('recommendations at 100k practices use indexes', () => {
  const t = useTestApi(['es']);
  const captured: Array<{ text: string; values: unknown[] }> = [];

  beforeAll(async () => {
    const ds = t.api.dataSource;
    await ds.query(`CREATE TEMP TABLE bench_countries AS SELECT * FROM unnest($1::text[], $2::text[]) AS c(code, regions)`, [
      COUNTRIES,
      COUNTRIES.map((c) => `{${regionCodesOfCountries([c]).join(',')}}`),
    ]);
    const columns: Array<{ column_name: string }> = await ds.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'practice_search' AND table_schema = 'public' AND column_name <> 'change_seq' ORDER BY ordinal_position`,
    );
    const replaced: Record<string, string> = {
      id: `g.id`,
      doc: `jsonb_set(t.doc, '{id}', to_jsonb(g.id))`,
      themes: `g.themes`,
      gcm_objectives: `ARRAY(SELECT x FROM unnest(g.themes) x WHERE x LIKE 'gcm-%')`,
      countries: `ARRAY[g.c1, g.c2]`,
      regions: `ARRAY(SELECT DISTINCT r FROM bench_countries b, unnest(b.regions::text[]) r WHERE b.code IN (g.c1, g.c2))`,
      owner_organization_id: `'organization-00000000-0000-4000-8000-0000000000' || lpad((g.n % 12)::text, 2, '0')`,
      published_at: `timestamptz '2012-01-01' + g.n * interval '1 hour'`,
    };
    const names = columns.map((c) => c.column_name);
    const select = names.map((name) => replaced[name] ?? `t.${name}`).join(', ');
    await ds.query(
      `INSERT INTO practice_search (${names.join(', ')})
       SELECT ${select} FROM (SELECT * FROM practice_search WHERE id = $1) t,
         (SELECT n, 'practice-' || gen_random_uuid() AS id,
            ARRAY(SELECT DISTINCT ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int] FROM generate_series(1, 3 + (n % 1))) AS themes,
            (SELECT code FROM bench_countries ORDER BY random() + n * 0 LIMIT 1) AS c1,
            (SELECT code FROM bench_countries ORDER BY random() + n * 0 LIMIT 1) AS c2
          FROM generate_series(1, $3) n) g`,
      [demoPracticeId('de-migrant-associations'), THEMES.map((x) => x.id), COUNT],
    );
    await ds.query(`ANALYZE practice_search`);
    const query = ds.query.bind(ds);
    ds.query = ((text: string, values?: unknown[]) => {
      if (READ_MODELS.some((table) => text.includes(table))) captured.push({ text, values: values ?? [] });
      return query(text, values);
    }) as typeof ds.query;
  }, 600_000);

  it('every statement of recommendations, similarPractices and organizationsThatCouldReplicate goes through an index; timings beside a baseline', async () => {
    const ds = t.api.dataSource;
    expect(Number((await ds.query(`SELECT count(*) AS n FROM practice_search WHERE visible`))[0].n)).toBeGreaterThan(COUNT);
    const RECOMMENDATIONS = `{ recommendations(first: 5) { practices { practice { id } } callsForAction { callForAction { id } } organizations { organization { id } } } }`;
    const ON_PRACTICE = `query($id: ID!) { practice(id: $id) { similarPractices(first: 5) { practice { id } } organizationsThatCouldReplicate(first: 5) { organization { id } } } }`;
    const BASELINE = `{ similarPractices(themes: ["diaspora", "capacity-building"], countries: ["ESP", "SEN"], first: 5) { id } }`;
    const id = demoPracticeId('de-migrant-associations');
    const run = async (query: string, variables: Record<string, unknown> = {}) => {
      const result = await t.api.gql(query, variables, { token: t.tokens.es });
      expect(result.errors).toBeUndefined();
      return result;
    };
    const time = async (query: string, variables: Record<string, unknown> = {}, n = 15): Promise<number> => {
      await run(query, variables);
      const ms: number[] = [];
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        await run(query, variables);
        ms.push(performance.now() - start);
      }
      return ms.sort((a, b) => a - b)[Math.floor(n / 2)];
    };

    captured.length = 0;
    await run(RECOMMENDATIONS);
    await run(ON_PRACTICE, { id });
    const statements = [...captured];
    const report: string[] = [];
    for (const { text, values } of statements) {
      const [
        {
          'QUERY PLAN': [explained],
        },
      ] = await ds.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, values);
      const plan = nodes(explained.Plan as Plan);
      const scans = plan.filter((node) => node['Relation Name'] && READ_MODELS.includes(node['Relation Name']));
      report.push(
        `${explained['Execution Time'].toFixed(1)} ms: ${scans.map((s) => `${s['Node Type']} ${s['Relation Name']}${s['Index Name'] ? ` (${s['Index Name']})` : ''}`).join(', ')}`,
      );
      // at 100k only practice_search is big; the demo's calls and projects are a handful of rows, where a sequential scan is the planner's right choice
      expect(scans.filter((s) => s['Relation Name'] === 'practice_search' && s['Node Type'] === 'Seq Scan')).toEqual([]);
    }
    const [recommendations, onPractice, baseline] = [await time(RECOMMENDATIONS), await time(ON_PRACTICE, { id }), await time(BASELINE)];
    const load = (await import('node:os'))
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
    console.log(
      [
        `practice_search rows: ${COUNT} + demo; load average ${load}`,
        ...report,
        `median over 15 requests: recommendations ${recommendations.toFixed(1)} ms, practice similar + replicators ${onPractice.toFixed(1)} ms, baseline similarPractices (drafting) ${baseline.toFixed(1)} ms: ratios ${(recommendations / baseline).toFixed(2)} and ${(onPractice / baseline).toFixed(2)}`,
      ].join('\n'),
    );
  });
});
