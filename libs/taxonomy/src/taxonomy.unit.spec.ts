import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GCM_OBJECTIVES, GFMD_THEMES, SDG_TARGETS, THEMES } from './themes';
import { m49Countries, regionCodesOfCountries, regionsOfCountry } from './regions';
import { isCountryCode } from './countries';

describe('taxonomy', () => {
  it('serves the GFMD themes of the facts file, word for word', () => {
    const facts = JSON.parse(readFileSync(join(__dirname, '../../../demo/gfmd-2011-facts.json'), 'utf8')) as {
      themes: { items: { id: string; label: string }[] };
    };
    expect(GFMD_THEMES.map(({ id, label }) => ({ id, label }))).toEqual(facts.themes.items);
  });

  it('has the 23 GCM objectives and SDG 10.7 and 10.c, with unique ids', () => {
    expect(GCM_OBJECTIVES).toHaveLength(23);
    expect(GCM_OBJECTIVES[22].id).toBe('gcm-23');
    expect(SDG_TARGETS.map((t) => t.id)).toEqual(expect.arrayContaining(['sdg-10.7', 'sdg-10.c']));
    expect(new Set(THEMES.map((t) => t.id)).size).toBe(THEMES.length);
  });

  it('derives the UN M49 regions of a country, smallest first', () => {
    expect(regionsOfCountry('HND').map((r) => r.name)).toEqual(['Central America', 'Latin America and the Caribbean', 'Americas']);
    expect(regionsOfCountry('PHL').map((r) => r.code)).toEqual(['035', '142']);
    expect(regionsOfCountry('MUS').map((r) => r.code)).toEqual(['014', '202', '002']);
    expect(regionsOfCountry('XXX')).toEqual([]);
    expect(regionCodesOfCountries(['MEX', 'HND'])).toEqual(['013', '419', '019']);
  });

  it('places every country of the demo data and knows real codes from three letters', () => {
    const facts = JSON.parse(readFileSync(join(__dirname, '../../../demo/gfmd-2011-facts.json'), 'utf8')) as {
      organizations: { country?: string }[];
      practices: { countries: string[] }[];
    };
    const used = [...facts.organizations.flatMap((o) => (o.country ? [o.country] : [])), ...facts.practices.flatMap((p) => p.countries)];
    for (const c of used) expect(regionsOfCountry(c).length).toBeGreaterThan(0);
    expect(m49Countries().length).toBeGreaterThan(240);
    expect(m49Countries().every(isCountryCode)).toBe(true);
    expect(isCountryCode('HND')).toBe(true);
    expect(isCountryCode('ABC')).toBe(false);
    expect(isCountryCode('hnd')).toBe(false);
  });
});
