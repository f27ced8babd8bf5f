import { DeciderSpecification, member } from '@pfp/testing';
import { qualityCriteriaAggregate, QUALITY_ERRORS } from './decide';
import { CRITERION_LANGUAGES, type CriterionText, type QualityCriteriaEvent } from './quality-criteria';

const spec = DeciderSpecification(qualityCriteriaAggregate);
const su = member('organization-su', 'SUPPORT_UNIT');
const mexico = member('organization-mx', 'STATE', { country: 'MEX' });
const AT = '2026-01-01T00:00:00.000Z';
const LATER = '2026-02-01T00:00:00.000Z';
const texts = (title = 'Replicability'): CriterionText[] =>
  CRITERION_LANGUAGES.map((language) => ({ language, title: `${title} (${language})`, explanation: `Others can repeat it (${language}).` }));
const added: QualityCriteriaEvent = { type: 'QualityCriterionAdded', data: { key: 'replicability', texts: texts(), at: AT } };

describe('QualityCriteria', () => {
  describe('add', () => {
    it('is added by the Support Unit, its texts in the order of the six languages and trimmed', () =>
      spec
        .given([])
        .when({
          type: 'AddQualityCriterion',
          actor: su,
          at: AT,
          data: { key: 'replicability', texts: [...texts()].reverse().map((t) => ({ ...t, title: ` ${t.title} ` })) },
        })
        .then([added]));
    it('is refused to a state', () =>
      spec
        .given([])
        .when({ type: 'AddQualityCriterion', actor: mexico, at: AT, data: { key: 'replicability', texts: texts() } })
        .thenThrows(QUALITY_ERRORS.SUPPORT_UNIT_ONLY, 'FORBIDDEN'));
    it('is refused to a visitor', () =>
      spec
        .given([])
        .when({ type: 'AddQualityCriterion', actor: null, at: AT, data: { key: 'x1', texts: texts() } })
        .thenThrows('AUTH.UNAUTHENTICATED'));
    it('refuses a key already used, retired or not', () =>
      spec
        .given([added, { type: 'QualityCriterionRetired', data: { key: 'replicability', at: LATER } }])
        .when({ type: 'AddQualityCriterion', actor: su, at: AT, data: { key: 'replicability', texts: texts() } })
        .thenThrows(QUALITY_ERRORS.CRITERION_EXISTS, 'CONFLICT'));
    it('refuses a malformed key', () =>
      spec
        .given([])
        .when({ type: 'AddQualityCriterion', actor: su, at: AT, data: { key: 'Not A Key', texts: texts() } })
        .thenThrows(QUALITY_ERRORS.INVALID));
    it('refuses texts missing a language, naming the field and the languages', () => {
      let thrown: { fields?: Record<string, string> } | undefined;
      try {
        qualityCriteriaAggregate.decide({ type: 'AddQualityCriterion', actor: su, at: AT, data: { key: 'x1', texts: texts().slice(0, 4) } }, { criteria: [] });
      } catch (error) {
        thrown = error as typeof thrown;
      }
      expect(thrown?.fields).toEqual({ texts: expect.stringContaining('missing ru, zh') });
    });
    it('refuses a blank title, a repeated language and an unknown one, each by its field', () => {
      const bad = texts();
      bad[0] = { ...bad[0], title: '  ' };
      bad[1] = { ...bad[1], language: 'ar' };
      let thrown: { code?: string; fields?: Record<string, string> } | undefined;
      try {
        qualityCriteriaAggregate.decide(
          { type: 'AddQualityCriterion', actor: su, at: AT, data: { key: 'x1', texts: [...bad, { language: 'de' as 'en', title: 'T', explanation: 'E' }] } },
          { criteria: [] },
        );
      } catch (error) {
        thrown = error as typeof thrown;
      }
      expect(thrown?.code).toBe(QUALITY_ERRORS.INVALID);
      expect(Object.keys(thrown?.fields ?? {}).sort()).toEqual(['texts', 'texts.0.title', 'texts.1.language', 'texts.6.language']);
    });
  });

  describe('reword', () => {
    it('rewords an active criterion', () =>
      spec
        .given([added])
        .when({ type: 'RewordQualityCriterion', actor: su, at: LATER, data: { key: 'replicability', texts: texts('Can be repeated') } })
        .then([{ type: 'QualityCriterionReworded', data: { key: 'replicability', texts: texts('Can be repeated'), at: LATER } }]));
    it('records nothing when the words are the same', () =>
      spec
        .given([added])
        .when({ type: 'RewordQualityCriterion', actor: su, at: LATER, data: { key: 'replicability', texts: texts() } })
        .then([]));
    it('refuses an unknown criterion', () =>
      spec
        .given([added])
        .when({ type: 'RewordQualityCriterion', actor: su, at: LATER, data: { key: 'innovation', texts: texts() } })
        .thenThrows(QUALITY_ERRORS.NO_SUCH_CRITERION, 'NOT_FOUND'));
    it('refuses a retired criterion', () =>
      spec
        .given([added, { type: 'QualityCriterionRetired', data: { key: 'replicability', at: LATER } }])
        .when({ type: 'RewordQualityCriterion', actor: su, at: LATER, data: { key: 'replicability', texts: texts('New') } })
        .thenThrows(QUALITY_ERRORS.CRITERION_RETIRED));
    it('is refused to a state', () =>
      spec
        .given([added])
        .when({ type: 'RewordQualityCriterion', actor: mexico, at: LATER, data: { key: 'replicability', texts: texts('New') } })
        .thenThrows(QUALITY_ERRORS.SUPPORT_UNIT_ONLY));
  });

  describe('retire', () => {
    it('retires an active criterion', () =>
      spec
        .given([added])
        .when({ type: 'RetireQualityCriterion', actor: su, at: LATER, data: { key: 'replicability' } })
        .then([{ type: 'QualityCriterionRetired', data: { key: 'replicability', at: LATER } }]));
    it('refuses to retire twice', () =>
      spec
        .given([added, { type: 'QualityCriterionRetired', data: { key: 'replicability', at: LATER } }])
        .when({ type: 'RetireQualityCriterion', actor: su, at: LATER, data: { key: 'replicability' } })
        .thenThrows(QUALITY_ERRORS.CRITERION_RETIRED));
    it('refuses an unknown criterion', () =>
      spec
        .given([])
        .when({ type: 'RetireQualityCriterion', actor: su, at: LATER, data: { key: 'replicability' } })
        .thenThrows(QUALITY_ERRORS.NO_SUCH_CRITERION));
    it('is refused to a partner', () =>
      spec
        .given([added])
        .when({ type: 'RetireQualityCriterion', actor: member('organization-iom', 'INTERNATIONAL_ORGANIZATION'), at: LATER, data: { key: 'replicability' } })
        .thenThrows(QUALITY_ERRORS.SUPPORT_UNIT_ONLY));
  });
});
