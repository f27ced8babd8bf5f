import { DeciderSpecification, member } from '@pfp/testing';
import { partnershipProjectAggregate, PROJECT_ERRORS } from './decide';
import type { PartnershipProjectEvent } from './partnership-project';
import { projectTargetStatus, targetStatus, type ProjectTarget } from './targets';

const spec = DeciderSpecification(partnershipProjectAggregate);
const mexico = member('organization-mx', 'STATE');
const honduras = member('organization-hn', 'STATE');
const iom = member('organization-iom', 'INTERNATIONAL_ORGANIZATION');
const at = '2011-06-01T00:00:00.000Z';
const later = '2012-06-01T00:00:00.000Z';

const launched: PartnershipProjectEvent = {
  type: 'PartnershipProjectLaunched',
  data: {
    id: 'project-1',
    title: 'Protection of unaccompanied migrant children',
    summary: 's',
    objectives: [],
    themes: [],
    countries: ['MEX'],
    startsOn: '2011-01-01',
    endsOn: null,
    fromCallId: null,
    visibility: 'PUBLIC',
    partners: [{ organizationId: honduras.organizationId, role: 'PARTNER' }],
    leadOrganizationId: mexico.organizationId,
    launchedAt: at,
  },
};
const trained = {
  id: 'officials-trained',
  indicator: 'officials trained',
  unit: 'officials',
  baseline: 0,
  targetValue: 5000,
  targetDate: '2013-12-31',
  serves: 'gcm-7',
};
const targetSet: PartnershipProjectEvent = { type: 'ProjectTargetSet', data: { ...trained, setAt: at } };
const update = (progress: Array<{ targetId: string; value: number }>) => ({ updateId: 'u1', text: 'Yearly report', metrics: [], videoUrl: null, progress });

describe('project targets (issue 18)', () => {
  describe('SetProjectTarget', () => {
    it('the lead states a target', () => spec.given([launched]).when({ type: 'SetProjectTarget', actor: mexico, at, data: trained }).then([targetSet]));
    it('changes a target in place under the same id, and records nothing when nothing changes', () => {
      spec
        .given([launched, targetSet])
        .when({ type: 'SetProjectTarget', actor: mexico, at: later, data: { ...trained, targetValue: 6000 } })
        .then([{ type: 'ProjectTargetSet', data: { ...trained, targetValue: 6000, setAt: later } }]);
      spec.given([launched, targetSet]).when({ type: 'SetProjectTarget', actor: mexico, at: later, data: trained }).then([]);
    });
    it('is the lead’s only', () =>
      spec.given([launched]).when({ type: 'SetProjectTarget', actor: honduras, at, data: trained }).thenThrows(PROJECT_ERRORS.NOT_LEAD, 'FORBIDDEN'));
    it('refuses a target equal to its baseline, a date that does not exist and an empty indicator', () => {
      let fields: Record<string, string> | undefined;
      try {
        spec
          .given([launched])
          .when({ type: 'SetProjectTarget', actor: mexico, at, data: { ...trained, indicator: ' ', targetValue: 0, targetDate: '2013-02-30' } })
          .then([]);
      } catch (error) {
        fields = (error as { fields?: Record<string, string> }).fields;
      }
      expect(Object.keys(fields ?? {}).sort()).toEqual(['indicator', 'targetDate', 'targetValue']);
    });
    it('refuses to set a retired target again', () =>
      spec
        .given([launched, targetSet, { type: 'ProjectTargetRetired', data: { targetId: trained.id, retiredAt: at } }])
        .when({ type: 'SetProjectTarget', actor: mexico, at, data: trained })
        .thenThrows(PROJECT_ERRORS.TARGET_RETIRED));
  });

  describe('RetireProjectTarget', () => {
    it('the lead retires a target', () =>
      spec
        .given([launched, targetSet])
        .when({ type: 'RetireProjectTarget', actor: mexico, at: later, data: { targetId: trained.id } })
        .then([{ type: 'ProjectTargetRetired', data: { targetId: trained.id, retiredAt: later } }]));
    it('refuses an unknown target', () =>
      spec
        .given([launched])
        .when({ type: 'RetireProjectTarget', actor: mexico, at, data: { targetId: 'x' } })
        .thenThrows(PROJECT_ERRORS.TARGET_NOT_FOUND));
    it('is refused to a partner', () =>
      spec
        .given([launched, targetSet])
        .when({ type: 'RetireProjectTarget', actor: honduras, at, data: { targetId: trained.id } })
        .thenThrows(PROJECT_ERRORS.NOT_LEAD));
  });

  describe('PostProjectUpdate with progress', () => {
    it('carries the values reached against the targets', () =>
      spec
        .given([launched, targetSet])
        .when({ type: 'PostProjectUpdate', actor: honduras, at: later, data: update([{ targetId: trained.id, value: 3500 }]) })
        .then([
          {
            type: 'ProjectUpdatePosted',
            data: {
              id: 'u1',
              text: 'Yearly report',
              metrics: [],
              videoUrl: null,
              organizationId: honduras.organizationId,
              postedAt: later,
              progress: [{ targetId: trained.id, value: 3500 }],
            },
          },
        ]));
    it('refuses a value for an unknown target, a retired one or the same target twice, by field', () => {
      let fields: Record<string, string> | undefined;
      try {
        spec
          .given([launched, targetSet])
          .when({
            type: 'PostProjectUpdate',
            actor: mexico,
            at,
            data: update([
              { targetId: trained.id, value: 1 },
              { targetId: trained.id, value: 2 },
              { targetId: 'nope', value: 1 },
            ]),
          })
          .then([]);
      } catch (error) {
        fields = (error as { fields?: Record<string, string> }).fields;
      }
      expect(fields).toEqual({ 'progress.1.targetId': 'reports the same target twice', 'progress.2.targetId': 'is not a target of this project' });
    });
    it('is refused to an organisation outside the project', () =>
      spec
        .given([launched, targetSet])
        .when({ type: 'PostProjectUpdate', actor: iom, at, data: update([]) })
        .thenThrows(PROJECT_ERRORS.NOT_PARTNER));
  });
});

describe('the status of a target (a pure function of values, dates and now)', () => {
  const target: ProjectTarget = { ...trained, setAt: at, retiredAt: null };
  const start = '2011-01-01';
  const reading = (value: number, on = later) => [{ value, at: on }];
  // 2011-01-01 .. 2013-12-31: on 2012-06-01 about 47% of the time has gone
  const mid = new Date('2012-06-01T00:00:00.000Z');
  it('is ON_TRACK when the share reached keeps up with the share of time gone (3,500 of 5,000 mid-way)', () =>
    expect(targetStatus(target, reading(3500), start, mid)).toBe('ON_TRACK'));
  it('is AT_RISK when behind by more than 0.1 and at most 0.3 of the way (3,500 in late 2013: 70% reached, ~95% of the time gone)', () =>
    expect(targetStatus(target, reading(3500), start, new Date('2013-11-01T00:00:00.000Z'))).toBe('AT_RISK'));
  it('is OFF_TRACK when behind by more than 0.3, or with nothing reported late in the period', () => {
    expect(targetStatus(target, reading(500), start, new Date('2013-06-01T00:00:00.000Z'))).toBe('OFF_TRACK');
    expect(targetStatus(target, [], start, new Date('2012-06-01T00:00:00.000Z'))).toBe('OFF_TRACK');
  });
  it('is ON_TRACK with nothing reported yet at the start', () =>
    expect(targetStatus(target, [], start, new Date('2011-02-01T00:00:00.000Z'))).toBe('ON_TRACK'));
  it('is MET once the latest value reaches the target, whatever the date', () =>
    expect(targetStatus(target, [...reading(3500), { value: 5000, at: '2013-10-01T00:00:00.000Z' }], start, new Date('2020-01-01T00:00:00.000Z'))).toBe('MET'));
  it('is OFF_TRACK once the date has passed without meeting it', () =>
    expect(targetStatus(target, reading(4999), start, new Date('2014-01-01T00:00:00.000Z'))).toBe('OFF_TRACK'));
  it('works for a target below its baseline (cutting a cost)', () => {
    const cut: ProjectTarget = { ...target, baseline: 20, targetValue: 10, unit: 'USD' };
    expect(targetStatus(cut, reading(15), start, mid)).toBe('ON_TRACK');
    expect(targetStatus(cut, reading(10), start, mid)).toBe('MET');
  });
  it('gives the project the worst status of its targets, MET only when all are, NO_TARGETS without any', () => {
    expect(projectTargetStatus([])).toBe('NO_TARGETS');
    expect(projectTargetStatus(['MET', 'MET'])).toBe('MET');
    expect(projectTargetStatus(['MET', 'ON_TRACK'])).toBe('ON_TRACK');
    expect(projectTargetStatus(['ON_TRACK', 'AT_RISK', 'MET'])).toBe('AT_RISK');
    expect(projectTargetStatus(['AT_RISK', 'OFF_TRACK'])).toBe('OFF_TRACK');
  });
});
