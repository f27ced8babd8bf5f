// bench:search's data and query mix: practices in the six UN languages, and what visitors search for.
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { facetValues } from '@pfp/practices';
import { regionCodesOfCountries, THEMES } from '@pfp/taxonomy';

/** Topical words of each language (what people search for), stemmed by PostgreSQL's configuration of it. */
export const TOPICAL: Record<string, string[]> = {
  en: (
    'unaccompanied children minors protection training officials consular remittances diaspora trafficking smuggling ' +
    'integration labour mobility recruitment skills recognition portability pensions return reintegration detention ' +
    'alternatives border identity documentation statistics census housing health education schooling language women ' +
    'gender family reunification asylum refugees climate displacement disaster youth employment entrepreneurship investment'
  ).split(' '),
  es: (
    'niños menores protección capacitación funcionarios remesas diáspora trata migrantes integración trabajo movilidad ' +
    'reclutamiento habilidades pensiones retorno reintegración detención frontera identidad salud educación mujeres familia'
  ).split(' '),
  fr: (
    'enfants mineurs protection formation fonctionnaires transferts diaspora traite migrants intégration travail mobilité ' +
    'recrutement compétences pensions retour réintégration détention frontière identité santé éducation femmes famille'
  ).split(' '),
  ru: (
    'дети несовершеннолетние защита обучение чиновники переводы диаспора торговля мигранты интеграция труд мобильность ' +
    'вербовка навыки пенсии возвращение реинтеграция задержание граница здоровье образование женщины семья'
  ).split(' '),
  ar: (
    'الأطفال القاصرين حماية تدريب المسؤولين التحويلات المغتربين الاتجار المهاجرين الإدماج العمل التنقل التوظيف المهارات ' +
    'المعاشات العودة الاحتجاز الحدود الهوية الصحة التعليم النساء الأسرة'
  ).split(' '),
  zh: '儿童 未成年人 保护 培训 官员 汇款 侨民 贩运 移民 融合 劳动 流动 招聘 技能 养老金 回返 重返社会 拘留 边境 身份 健康 教育 妇女 家庭'.split(' '),
};
export const LANGUAGES = Object.keys(TOPICAL);
const CONFIG: Record<string, string> = { en: 'english', es: 'spanish', fr: 'french', ru: 'russian', ar: 'arabic', zh: 'simple' };
const FILLER = Array.from({ length: 4000 }, (_, i) => `f${i.toString(36)}q`);
export const COUNTRIES =
  'MEX HND GTM DOM SLV PHL IDN VNM IND BGD NPL LKA PAK MAR TUN EGY SEN MLI NGA GHA KEN ETH UGA ZAF MUS MDA UKR ROU POL CZE DEU FRA ESP ITA NLD SWE CHE TUR JOR LBN ECU COL PER BRA ARG CAN USA AUS NZL FJI JPN KOR CHN THA KHM MMR'.split(
    ' ',
  );
const STATUSES = ['PLANNED', 'ONGOING', 'COMPLETED'];
/** Each practice has one rare word, shared with about four others: a rare search finds a handful. */
const rareWord = (n: number) => `rare${n.toString(36)}x`;

export const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];
const words = (list: readonly string[], n: number): string[] => Array.from({ length: n }, () => pick(list));
const text = (language: string, topical: number, filler: number, extra: string[] = []): string =>
  [...words(TOPICAL[language], topical), ...words(FILLER, filler), ...extra].sort(() => Math.random() - 0.5).join(' ');

/** Fills practice_search in bulk (the read model search reads), as the projection would write it. */
export async function generate(pool: Pool, count: number, log: (line: string) => void): Promise<void> {
  const owners = Array.from({ length: 40 }, () => `organization-${randomUUID()}`);
  const themeIds = THEMES.map((t) => t.id);
  const rare = Math.max(1, Math.floor(count / 5));
  await pool.query(`DROP INDEX IF EXISTS practice_search_document, practice_search_themes, practice_search_countries, practice_search_regions`);
  const batch = 2000;
  for (let done = 0; done < count; done += batch) {
    const rows = Array.from({ length: Math.min(batch, count - done) }, (_, i) => {
      const language = LANGUAGES[(done + i) % LANGUAGES.length];
      const id = `practice-${randomUUID()}`;
      const countries = [...new Set([pick(COUNTRIES), ...(Math.random() < 0.4 ? [pick(COUNTRIES)] : [])])];
      const themes = [...new Set(Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => pick(themeIds)))];
      const at = new Date(Date.UTC(2008, 0, 1) + Math.floor(Math.random() * 18 * 365 * 86_400_000)).toISOString();
      const content = {
        title: text(language, 2, 5),
        summary: text(language, 2, 22),
        body: text(language, 4, 115, [rareWord(Math.floor(Math.random() * rare))]),
        language,
        countries,
        themes,
        implementingPartners: [],
        period: { start: at.slice(0, 4), end: null },
        implementationStatus: pick(STATUSES),
        results: [],
        resources: [],
        contact: null,
      };
      const owner = owners[(done + i) % owners.length];
      const doc = {
        id,
        status: 'PUBLISHED',
        ownerOrganizationId: owner,
        ownerCountry: null,
        published: content,
        next: content,
        translations: [],
        interestCount: 0,
        draftedAt: at,
        updatedAt: at,
        publishedAt: at,
      };
      const regions = regionCodesOfCountries(countries);
      const gcmObjectives = themes.filter((t) => t.startsWith('gcm-'));
      const facets = facetValues({ themes, gcmObjectives, regions, countries, owner, implementationStatus: content.implementationStatus });
      return { id, doc, content, owner, at, regions, facets, config: CONFIG[language] };
    });
    await pool.query(
      `INSERT INTO practice_search (id, revision, doc, visible, title, themes, gcm_objectives, regions, countries, owner_organization_id, implementation_status, published_at, facet_values, document, head)
       SELECT r->>'id', 2, r->'doc', true, r->'content'->>'title',
         ARRAY(SELECT jsonb_array_elements_text(r->'content'->'themes')),
         ARRAY(SELECT t FROM jsonb_array_elements_text(r->'content'->'themes') t WHERE t LIKE 'gcm-%'),
         ARRAY(SELECT jsonb_array_elements_text(r->'regions')),
         ARRAY(SELECT jsonb_array_elements_text(r->'content'->'countries')),
         r->>'owner', r->'content'->>'implementationStatus', (r->>'at')::timestamptz, ARRAY(SELECT jsonb_array_elements_text(r->'facets')),
         v.document, ts_filter(v.document, '{a,b}')
       FROM jsonb_array_elements($1::jsonb) r
       CROSS JOIN LATERAL (SELECT setweight(to_tsvector((r->>'config')::regconfig, r->'content'->>'title'), 'A')
           || setweight(to_tsvector((r->>'config')::regconfig, r->'content'->>'summary'), 'B')
           || setweight(to_tsvector((r->>'config')::regconfig, r->'content'->>'body'), 'C') AS document) v`,
      [JSON.stringify(rows)],
    );
    if ((done / batch) % 10 === 9) log(`  generated ${done + rows.length} practices`);
  }
  // the same practices as rows of the one search (libs/discovery), as its projection would write them
  await pool.query(
    `INSERT INTO search_documents (id, revision, doc, kind, visible, title, summary, path, status, texts, themes, countries, regions, organizations, readers, published_at, facet_values, document, head)
     SELECT id, revision, doc, 'PRACTICE', visible, title, coalesce(doc #>> '{published,summary}', ''), '/practices/' || id, 'PUBLISHED', '[]'::jsonb,
       themes, countries, regions, ARRAY[owner_organization_id], NULL, published_at,
       ARRAY['total:', 'kind:PRACTICE'] || ARRAY(SELECT 'theme:' || t FROM unnest(themes) t WHERE t NOT LIKE 'gcm-%' AND t NOT LIKE 'sdg-%')
         || ARRAY(SELECT 'gcmObjective:' || t FROM unnest(gcm_objectives) t) || ARRAY(SELECT 'region:' || r FROM unnest(regions) r)
         || ARRAY(SELECT 'country:' || c FROM unnest(countries) c) || ARRAY['organization:' || owner_organization_id],
       document, head
     FROM practice_search ON CONFLICT (id) DO NOTHING`,
  );
  log('  indexing');
  await pool.query(`CREATE INDEX practice_search_document ON practice_search USING GIN (document) WHERE visible`);
  await pool.query(`CREATE INDEX practice_search_themes ON practice_search USING GIN (themes) WHERE visible`);
  await pool.query(`CREATE INDEX practice_search_countries ON practice_search USING GIN (countries) WHERE visible`);
  await pool.query(`CREATE INDEX practice_search_regions ON practice_search USING GIN (regions) WHERE visible`);
  await pool.query(`VACUUM ANALYZE practice_search`);
  await pool.query(`VACUUM ANALYZE search_documents`);
}

export type MixKind = 'common word' | 'two common words' | 'rare word' | 'word + country' | 'word + theme' | 'facets only';
export interface MixSearch {
  kind: MixKind;
  language: string;
  search?: string;
  filter?: { countries?: string[]; themes?: string[]; regions?: string[] };
  orderBy?: 'NEWEST';
}

/** A search a visitor could type, in one of the six languages, or facet-only browsing (newest first). */
export function randomSearch(practices: number): MixSearch {
  const language = pick(LANGUAGES);
  const word = () => pick(TOPICAL[language]);
  const r = Math.random();
  if (r < 0.3) return { kind: 'common word', language, search: word() };
  if (r < 0.45) return { kind: 'two common words', language, search: `${word()} ${word()}` };
  if (r < 0.6) return { kind: 'rare word', language, search: rareWord(Math.floor(Math.random() * Math.max(1, Math.floor(practices / 5)))) };
  if (r < 0.7) return { kind: 'word + country', language, search: word(), filter: { countries: [pick(COUNTRIES)] } };
  if (r < 0.8) return { kind: 'word + theme', language, search: word(), filter: { themes: [pick(THEMES).id] } };
  const f = Math.random();
  const filter = f < 0.25 ? {} : f < 0.6 ? { countries: [pick(COUNTRIES)] } : f < 0.85 ? { themes: [pick(THEMES).id] } : { regions: ['019'] };
  return { kind: 'facets only', language: '-', filter, orderBy: 'NEWEST' };
}

/** The same kinds of searches drawn as real traffic is: a few popular ones often (Zipf, s = 1, over 2,000 distinct). */
export function popularMix(practices: number): () => MixSearch {
  const popular = Array.from({ length: 2_000 }, () => randomSearch(practices));
  const cumulative: number[] = [];
  popular.forEach((_, i) => cumulative.push((cumulative[i - 1] ?? 0) + 1 / (i + 1)));
  return () => {
    const x = Math.random() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return popular[lo];
  };
}
