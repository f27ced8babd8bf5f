export type ThemeKind = 'GFMD_THEME' | 'GCM_OBJECTIVE' | 'SDG_TARGET';

export interface Theme {
  /** Stable: stored in events. `migrant-children`, `gcm-7`, `sdg-10.7`. */
  id: string;
  kind: ThemeKind;
  label: string;
}

/** The GFMD themes as demo/gfmd-2011-facts.json names them (a unit spec keeps the two in step). */
export const GFMD_THEMES: readonly Theme[] = [
  ['migrant-children', 'Gender, family and children'],
  ['protection', 'Protection, rights and empowerment'],
  ['capacity-building', 'Capacity building'],
  ['diaspora', 'Diaspora policy'],
  ['mainstreaming', 'Mainstreaming migration into development planning'],
  ['data', 'Data and evidence'],
  ['irregular-migration', 'Irregular migration'],
  ['trafficking-and-smuggling', 'Trafficking and smuggling'],
  ['regular-migration', 'Regular pathways and labour mobility'],
  ['integration', 'Integration and social inclusion'],
  ['policy-coherence', 'Policy coherence'],
  ['international-cooperation', 'International cooperation'],
].map(([id, label]) => ({ id, label, kind: 'GFMD_THEME' as const }));

/** The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (2018). */
export const GCM_OBJECTIVES: readonly Theme[] = [
  'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
  'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
  'Provide accurate and timely information at all stages of migration',
  'Ensure that all migrants have proof of legal identity and adequate documentation',
  'Enhance availability and flexibility of pathways for regular migration',
  'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
  'Address and reduce vulnerabilities in migration',
  'Save lives and establish coordinated international efforts on missing migrants',
  'Strengthen the transnational response to smuggling of migrants',
  'Prevent, combat and eradicate trafficking in persons in the context of international migration',
  'Manage borders in an integrated, secure and coordinated manner',
  'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
  'Use migration detention only as a measure of last resort and work towards alternatives',
  'Enhance consular protection, assistance and cooperation throughout the migration cycle',
  'Provide access to basic services for migrants',
  'Empower migrants and societies to realize full inclusion and social cohesion',
  'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
  'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
  'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
  'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
  'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
  'Establish mechanisms for the portability of social security entitlements and earned benefits',
  'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
].map((label, i) => ({ id: `gcm-${i + 1}`, label: `Objective ${i + 1}: ${label}`, kind: 'GCM_OBJECTIVE' as const }));

/** SDG 10.7 and 10.c, and the targets that name migrants, trafficking or migratory status. */
export const SDG_TARGETS: readonly Theme[] = [
  ['10.7', 'Facilitate orderly, safe, regular and responsible migration and mobility of people, including through planned and well-managed migration policies'],
  [
    '10.c',
    'By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent',
  ],
  ['8.8', 'Protect labour rights and promote safe and secure working environments for all workers, including migrant workers'],
  ['8.7', 'Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking'],
  ['5.2', 'Eliminate all forms of violence against all women and girls, including trafficking'],
  ['16.2', 'End abuse, exploitation, trafficking and all forms of violence against and torture of children'],
  ['16.9', 'By 2030, provide legal identity for all, including birth registration'],
  ['17.18', 'Increase the availability of reliable data disaggregated by migratory status and other characteristics'],
  ['4.b', 'Expand the number of scholarships available to developing countries for enrolment in higher education'],
].map(([target, label]) => ({ id: `sdg-${target}`, label: `SDG ${target}: ${label}`, kind: 'SDG_TARGET' as const }));

export const THEMES: readonly Theme[] = [...GFMD_THEMES, ...GCM_OBJECTIVES, ...SDG_TARGETS];

const BY_ID = new Map(THEMES.map((theme) => [theme.id, theme]));

export function themeById(id: string): Theme | undefined {
  return BY_ID.get(id);
}

export function isThemeId(id: string): boolean {
  return BY_ID.has(id);
}
