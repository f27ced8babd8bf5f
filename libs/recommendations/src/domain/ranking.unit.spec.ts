import { focusOf, rank, reasonFor, replicators, type Topics } from './ranking';

const topics = (themes: string[], countries: string[] = [], regions: string[] = []): Topics => ({ themes, countries, regions });

describe('recommendations by overlap', () => {
  const spain = topics(['diaspora', 'capacity-building'], ['ESP', 'SEN'], ['039', '150', '011']);

  it('a reason names the shared themes and countries, and the shared regions only when no country is shared', () => {
    expect(reasonFor(spain, topics(['diaspora', 'data'], ['SEN', 'MEX'], ['011']))).toEqual({ themes: ['diaspora'], countries: ['SEN'], regions: [] });
    expect(reasonFor(spain, topics(['diaspora'], ['NGA'], ['011', '202']))).toEqual({ themes: ['diaspora'], countries: [], regions: ['011'] });
  });

  it('ranks by overlap (3 a theme, 2 a country, 1 a region), the order given among equals, leaves out what shares no theme, and stops at first', () => {
    const ranked = rank(
      spain,
      [
        { item: 'region only', topics: topics(['diaspora'], ['NGA'], ['011']) },
        { item: 'no theme', topics: topics(['data'], ['ESP'], ['039']) },
        { item: 'two themes', topics: topics(['diaspora', 'capacity-building']) },
        { item: 'theme and country', topics: topics(['diaspora'], ['SEN']) },
        { item: 'region only, older', topics: topics(['diaspora'], ['GHA'], ['011']) },
      ],
      4,
    );
    expect(ranked.map((r) => [r.item, r.score])).toEqual([
      ['two themes', 6],
      ['theme and country', 5],
      ['region only', 4],
      ['region only, older', 4],
    ]);
  });

  it('a focus puts the own country first, then the most frequent topics', () => {
    const focus = focusOf([topics(['data'], ['PHL']), topics(['diaspora', 'data'], ['SEN'])], topics([], ['ESP'], ['039']), 2);
    expect(focus).toEqual({ themes: ['data', 'diaspora'], countries: ['ESP', 'PHL'], regions: ['039'] });
  });

  it('who could replicate a practice: shared themes, where else it works; a state of a country the practice covers is left out', () => {
    const practice = topics(['diaspora'], ['DEU']);
    const ranked = replicators(
      practice,
      [
        { item: 'germany', focus: topics(['diaspora'], ['DEU']), stateCountry: 'DEU' },
        { item: 'spain', focus: topics(['diaspora'], ['ESP', 'DEU', 'SEN']), stateCountry: 'ESP' },
        { item: 'no theme', focus: topics(['data'], ['ESP']), stateCountry: null },
      ],
      5,
    );
    expect(ranked).toEqual([{ item: 'spain', reason: { themes: ['diaspora'], countries: ['ESP', 'SEN'], regions: [] }, score: 4 }]);
  });
});
