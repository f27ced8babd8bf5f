export interface Region {
  /** UN M49 numeric code, e.g. `013`. */
  code: string;
  name: string;
  /** The enclosing region's code (`019` for `419`), null at the top. */
  parent: string | null;
}

/** UN M49 regions, intermediate regions and sub-regions (Standard country or area codes for statistical use). */
export const REGIONS: readonly Region[] = [
  ['002', 'Africa', null],
  ['015', 'Northern Africa', '002'],
  ['202', 'Sub-Saharan Africa', '002'],
  ['014', 'Eastern Africa', '202'],
  ['017', 'Middle Africa', '202'],
  ['018', 'Southern Africa', '202'],
  ['011', 'Western Africa', '202'],
  ['019', 'Americas', null],
  ['419', 'Latin America and the Caribbean', '019'],
  ['029', 'Caribbean', '419'],
  ['013', 'Central America', '419'],
  ['005', 'South America', '419'],
  ['021', 'Northern America', '019'],
  ['142', 'Asia', null],
  ['143', 'Central Asia', '142'],
  ['030', 'Eastern Asia', '142'],
  ['035', 'South-eastern Asia', '142'],
  ['034', 'Southern Asia', '142'],
  ['145', 'Western Asia', '142'],
  ['150', 'Europe', null],
  ['151', 'Eastern Europe', '150'],
  ['154', 'Northern Europe', '150'],
  ['039', 'Southern Europe', '150'],
  ['155', 'Western Europe', '150'],
  ['009', 'Oceania', null],
  ['053', 'Australia and New Zealand', '009'],
  ['054', 'Melanesia', '009'],
  ['057', 'Micronesia', '009'],
  ['061', 'Polynesia', '009'],
].map(([code, name, parent]) => ({ code: code!, name: name!, parent }));

/** The smallest M49 region of each ISO 3166-1 alpha-3 country or area. */
const MEMBERS: Record<string, string> = {
  '015': 'DZA EGY LBY MAR SDN TUN ESH',
  '014': 'IOT BDI COM DJI ERI ETH ATF KEN MDG MWI MUS MYT MOZ REU RWA SYC SOM SSD UGA TZA ZMB ZWE',
  '017': 'AGO CMR CAF TCD COG COD GNQ GAB STP',
  '018': 'BWA SWZ LSO NAM ZAF',
  '011': 'BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SHN SEN SLE TGO',
  '029': 'AIA ATG ABW BHS BRB BES VGB CYM CUB CUW DMA DOM GRD GLP HTI JAM MTQ MSR PRI BLM KNA LCA MAF VCT SXM TTO TCA VIR',
  '013': 'BLZ CRI SLV GTM HND MEX NIC PAN',
  '005': 'ARG BOL BVT BRA CHL COL ECU FLK GUF GUY PRY PER SGS SUR URY VEN',
  '021': 'BMU CAN GRL SPM USA',
  '143': 'KAZ KGZ TJK TKM UZB',
  '030': 'CHN HKG MAC PRK JPN MNG KOR',
  '035': 'BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM',
  '034': 'AFG BGD BTN IND IRN MDV NPL PAK LKA',
  '145': 'ARM AZE BHR CYP GEO IRQ ISR JOR KWT LBN OMN QAT SAU PSE SYR TUR ARE YEM',
  '151': 'BLR BGR CZE HUN POL MDA ROU RUS SVK UKR',
  '154': 'ALA DNK EST FRO FIN GGY ISL IRL IMN JEY LVA LTU NOR SJM SWE GBR',
  '039': 'ALB AND BIH HRV GIB GRC VAT ITA MLT MNE MKD PRT SMR SRB SVN ESP',
  '155': 'AUT BEL FRA DEU LIE LUX MCO NLD CHE',
  '053': 'AUS CXR CCK HMD NZL NFK',
  '054': 'FJI NCL PNG SLB VUT',
  '057': 'GUM KIR MHL FSM NRU MNP PLW UMI',
  '061': 'ASM COK PYF NIU PCN WSM TKL TON TUV WLF',
};

const REGION_BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));
const SMALLEST = new Map<string, string>(Object.entries(MEMBERS).flatMap(([code, list]) => list.split(' ').map((c) => [c, code] as const)));

export function regionByCode(code: string): Region | undefined {
  return REGION_BY_CODE.get(code);
}

/** Every M49 region a country lies in, smallest first: HND -> 013, 419, 019. Empty when unknown. */
export function regionsOfCountry(alpha3: string): Region[] {
  const chain: Region[] = [];
  let code = SMALLEST.get(alpha3.toUpperCase()) ?? null;
  while (code) {
    const region = REGION_BY_CODE.get(code)!;
    chain.push(region);
    code = region.parent;
  }
  return chain;
}

/** The region codes of several countries, each once. */
export function regionCodesOfCountries(countries: readonly string[]): string[] {
  return [...new Set(countries.flatMap((c) => regionsOfCountry(c).map((r) => r.code)))];
}

/** The alpha-3 codes M49 places somewhere (what a country field may hold). */
export function m49Countries(): string[] {
  return [...SMALLEST.keys()];
}
