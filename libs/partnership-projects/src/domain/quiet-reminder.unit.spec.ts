import { DeciderSpecification, member } from '@pfp/testing';
import { partnershipProjectAggregate, PROJECT_ERRORS } from './decide';
import type { PartnershipProjectEvent } from './partnership-project';

const spec = DeciderSpecification(partnershipProjectAggregate);
const mexico = member('organization-mx', 'STATE');
const launchedAt = '2011-06-01T00:00:00.000Z';

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
    partners: [{ organizationId: 'organization-hn', role: 'PARTNER' }],
    leadOrganizationId: mexico.organizationId,
    launchedAt,
  },
};
// 334 days (11 months of 365/12 days) after the launch (2012 is a leap year), and 365
const elevenMonths = '2012-04-30T00:00:00.000Z';
const twelveMonths = '2012-05-31T00:00:00.000Z';
const remind = (asOf: string) => ({ type: 'RemindQuietProject' as const, actor: null, at: asOf, data: { asOf } });
const reminded: PartnershipProjectEvent = {
  type: 'ProjectQuietReminderSent',
  data: { quietSince: launchedAt, inactiveFrom: twelveMonths, organizationIds: ['organization-mx', 'organization-hn'], remindedAt: elevenMonths },
};
const updated = (postedAt: string): PartnershipProjectEvent => ({
  type: 'ProjectUpdatePosted',
  data: { id: 'u1', text: 'Yearly report', metrics: [], videoUrl: null, organizationId: mexico.organizationId, postedAt },
});

describe('reminding a quiet project (issue 18)', () => {
  it('reminds the lead and the partners once 11 months have passed without an update, naming when it is reported inactive', () =>
    spec.given([launched]).when(remind(elevenMonths)).then([reminded]));
  it('refuses before 11 months', () => spec.given([launched]).when(remind('2012-04-29T23:59:59.000Z')).thenThrows(PROJECT_ERRORS.NOT_QUIET, 'BAD_USER_INPUT'));
  it('reminds once per quiet spell', () =>
    spec.given([launched, reminded]).when(remind('2012-05-20T00:00:00.000Z')).thenThrows(PROJECT_ERRORS.ALREADY_REMINDED, 'CONFLICT'));
  it('an update starts a new quiet spell, reminded 11 months after it', () => {
    const postedAt = '2012-05-10T00:00:00.000Z';
    spec.given([launched, reminded, updated(postedAt)]).when(remind('2013-03-01T00:00:00.000Z')).thenThrows(PROJECT_ERRORS.NOT_QUIET);
    spec
      .given([launched, reminded, updated(postedAt)])
      .when(remind('2013-04-09T00:00:00.000Z'))
      .then([
        {
          type: 'ProjectQuietReminderSent',
          data: {
            quietSince: postedAt,
            inactiveFrom: '2013-05-10T00:00:00.000Z',
            organizationIds: ['organization-mx', 'organization-hn'],
            remindedAt: '2013-04-09T00:00:00.000Z',
          },
        },
      ]);
  });
  it('is sent by the platform only', () =>
    spec
      .given([launched])
      .when({ ...remind(elevenMonths), actor: mexico })
      .thenThrows(PROJECT_ERRORS.PLATFORM_ONLY, 'FORBIDDEN'));
  it('does not remind a completed project', () =>
    spec
      .given([launched, { type: 'ProjectCompleted', data: { completedAt: '2011-12-01T00:00:00.000Z' } }])
      .when(remind(elevenMonths))
      .thenThrows(PROJECT_ERRORS.NOT_ACTIVE));
});
