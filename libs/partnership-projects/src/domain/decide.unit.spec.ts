import { DeciderSpecification, member } from '@pfp/testing';
import { metricSeries } from './metric-series';
import { isInactive, isSupportedVideoUrl, type PartnershipProjectEvent } from './partnership-project';
import { partnershipProjectAggregate } from './decide';

const spec = DeciderSpecification(partnershipProjectAggregate);
const mexico = member('organization-mx', 'STATE');
const honduras = member('organization-hn', 'STATE');
const iom = member('organization-iom', 'INTERNATIONAL_ORGANIZATION');
const supportUnit = member('organization-su', 'SUPPORT_UNIT');
const at = '2011-06-01T00:00:00.000Z';

const launch = {
  id: 'project-1',
  title: 'Protection of unaccompanied migrant children',
  summary: 's',
  objectives: [],
  themes: [],
  countries: ['MEX'],
  startsOn: null,
  endsOn: null,
  fromCallId: null,
  visibility: 'PUBLIC' as const,
  partners: [{ organizationId: honduras.organizationId, role: 'PARTNER' as const }],
};
const launched: PartnershipProjectEvent = {
  type: 'PartnershipProjectLaunched',
  data: { ...launch, leadOrganizationId: mexico.organizationId, launchedAt: at },
};
const update = { updateId: 'u1', text: '3,500 officials trained', metrics: [{ indicator: 'officials trained', value: 3500 }], videoUrl: null };
const posted: PartnershipProjectEvent = {
  type: 'ProjectUpdatePosted',
  data: { id: 'u1', text: update.text, metrics: update.metrics, videoUrl: null, organizationId: mexico.organizationId, postedAt: at },
};
const milestone: PartnershipProjectEvent = { type: 'MilestoneAdded', data: { milestoneId: 'm1', title: 'First course', plannedOn: '2011-09-01', addedAt: at } };
const completed: PartnershipProjectEvent = { type: 'ProjectCompleted', data: { completedAt: at } };

describe('PartnershipProject', () => {
  it('is launched with its lead and partners', () =>
    spec.given([]).when({ type: 'LaunchPartnershipProject', actor: mexico, at, data: launch }).then([launched]));
  it('is not launched by the Support Unit', () =>
    spec
      .given([])
      .when({ type: 'LaunchPartnershipProject', actor: supportUnit, at, data: launch })
      .thenThrows('PROJECT.SUPPORT_UNIT_CANNOT_LAUNCH', 'FORBIDDEN'));
  it('is launched once', () =>
    spec.given([launched]).when({ type: 'LaunchPartnershipProject', actor: mexico, at, data: launch }).thenThrows('PROJECT.ALREADY_LAUNCHED', 'CONFLICT'));
  it('refuses a second LEAD or the lead among partners', () => {
    spec
      .given([])
      .when({ type: 'LaunchPartnershipProject', actor: mexico, at, data: { ...launch, partners: [{ organizationId: 'o', role: 'LEAD' }] } })
      .thenThrows('PROJECT.INVALID');
    spec
      .given([])
      .when({
        type: 'LaunchPartnershipProject',
        actor: mexico,
        at,
        data: { ...launch, partners: [{ organizationId: mexico.organizationId, role: 'PARTNER' }] },
      })
      .thenThrows('PROJECT.INVALID');
  });

  it('lets the lead add a partner', () =>
    spec
      .given([launched])
      .when({ type: 'AddProjectPartner', actor: mexico, at, data: { organizationId: iom.organizationId, role: 'FUNDER' } })
      .then([{ type: 'ProjectPartnerAdded', data: { organizationId: iom.organizationId, role: 'FUNDER', addedAt: at } }]));
  it('refuses a non-lead adding partners', () =>
    spec
      .given([launched])
      .when({ type: 'AddProjectPartner', actor: honduras, at, data: { organizationId: iom.organizationId, role: 'FUNDER' } })
      .thenThrows('PROJECT.NOT_LEAD', 'FORBIDDEN'));
  it('refuses a partner twice', () =>
    spec
      .given([launched])
      .when({ type: 'AddProjectPartner', actor: mexico, at, data: { organizationId: honduras.organizationId, role: 'FUNDER' } })
      .thenThrows('PROJECT.ALREADY_PARTNER', 'CONFLICT'));
  it('refuses a second lead', () =>
    spec
      .given([launched])
      .when({ type: 'AddProjectPartner', actor: mexico, at, data: { organizationId: iom.organizationId, role: 'LEAD' } })
      .thenThrows('PROJECT.INVALID'));

  it('lets a partner leave', () =>
    spec
      .given([launched])
      .when({ type: 'LeaveProject', actor: honduras, at, data: {} })
      .then([{ type: 'ProjectPartnerLeft', data: { organizationId: honduras.organizationId, leftAt: at } }]));
  it('does not let the lead leave', () =>
    spec.given([launched]).when({ type: 'LeaveProject', actor: mexico, at, data: {} }).thenThrows('PROJECT.LEAD_CANNOT_LEAVE'));
  it('does not let an outsider leave', () =>
    spec.given([launched]).when({ type: 'LeaveProject', actor: iom, at, data: {} }).thenThrows('PROJECT.NOT_PARTNER', 'FORBIDDEN'));

  it('lets the lead add a milestone', () =>
    spec
      .given([launched])
      .when({ type: 'AddMilestone', actor: mexico, at, data: { milestoneId: 'm1', title: 'First course', plannedOn: '2011-09-01' } })
      .then([milestone]));
  it('refuses a milestone from a partner', () =>
    spec
      .given([launched])
      .when({ type: 'AddMilestone', actor: honduras, at, data: { milestoneId: 'm1', title: 'x', plannedOn: '2011-09-01' } })
      .thenThrows('PROJECT.NOT_LEAD'));
  it('lets a member reach a milestone once', () => {
    spec
      .given([launched, milestone])
      .when({ type: 'ReachMilestone', actor: honduras, at, data: { milestoneId: 'm1', reachedOn: '2011-09-02' } })
      .then([{ type: 'MilestoneReached', data: { milestoneId: 'm1', reachedOn: '2011-09-02' } }]);
    spec
      .given([launched, milestone, { type: 'MilestoneReached', data: { milestoneId: 'm1', reachedOn: '2011-09-02' } }])
      .when({ type: 'ReachMilestone', actor: mexico, at, data: { milestoneId: 'm1', reachedOn: '2011-09-03' } })
      .thenThrows('PROJECT.MILESTONE_ALREADY_REACHED', 'CONFLICT');
  });
  it('refuses an unknown milestone', () =>
    spec
      .given([launched])
      .when({ type: 'ReachMilestone', actor: mexico, at, data: { milestoneId: 'x', reachedOn: '2011-09-02' } })
      .thenThrows('PROJECT.MILESTONE_NOT_FOUND'));

  it('takes an update with a metric from a member', () =>
    spec.given([launched]).when({ type: 'PostProjectUpdate', actor: mexico, at, data: update }).then([posted]));
  it('refuses an update from a non-partner', () =>
    spec.given([launched]).when({ type: 'PostProjectUpdate', actor: iom, at, data: update }).thenThrows('PROJECT.NOT_PARTNER', 'FORBIDDEN'));
  it('takes a YouTube or Vimeo link and nothing else', () => {
    spec
      .given([launched])
      .when({ type: 'PostProjectUpdate', actor: mexico, at, data: { ...update, videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } })
      .then([
        {
          type: 'ProjectUpdatePosted',
          data: { ...(posted.data as object), videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
        } as PartnershipProjectEvent,
      ]);
    spec
      .given([launched])
      .when({ type: 'PostProjectUpdate', actor: mexico, at, data: { ...update, videoUrl: 'https://evil.example/watch?v=1' } })
      .thenThrows('PROJECT.VIDEO_URL_UNSUPPORTED', 'BAD_USER_INPUT');
    expect(isSupportedVideoUrl('https://vimeo.com/76979871')).toBe(true);
    expect(isSupportedVideoUrl('https://youtu.be/dQw4w9WgXcQ')).toBe(true);
    expect(isSupportedVideoUrl('http://vimeo.com/76979871')).toBe(false);
    expect(isSupportedVideoUrl('javascript:alert(1)')).toBe(false);
    expect(isSupportedVideoUrl('https://vimeo.com.evil.example/1')).toBe(false);
  });
  it('refuses an empty update', () =>
    spec
      .given([launched])
      .when({ type: 'PostProjectUpdate', actor: mexico, at, data: { ...update, text: '' } })
      .thenThrows('PROJECT.INVALID'));

  it('is completed by its lead, then takes no update', () => {
    spec.given([launched]).when({ type: 'CompleteProject', actor: mexico, at, data: {} }).then([completed]);
    spec.given([launched, completed]).when({ type: 'PostProjectUpdate', actor: mexico, at, data: update }).thenThrows('PROJECT.NOT_ACTIVE');
  });
  it('is not completed by a partner', () =>
    spec.given([launched]).when({ type: 'CompleteProject', actor: honduras, at, data: {} }).thenThrows('PROJECT.NOT_LEAD'));
  it('is cancelled by its lead with a reason', () => {
    spec
      .given([launched])
      .when({ type: 'CancelProject', actor: mexico, at, data: { reason: 'No funding' } })
      .then([{ type: 'ProjectCancelled', data: { reason: 'No funding', cancelledAt: at } }]);
    spec
      .given([launched])
      .when({ type: 'CancelProject', actor: mexico, at, data: { reason: ' ' } })
      .thenThrows('PROJECT.INVALID');
    spec
      .given([launched, completed])
      .when({ type: 'CancelProject', actor: mexico, at, data: { reason: 'x' } })
      .thenThrows('PROJECT.NOT_ACTIVE');
  });
  it('checks that the project is active before who asks', () =>
    spec
      .given([launched, completed])
      .when({ type: 'AddProjectPartner', actor: honduras, at, data: { organizationId: iom.organizationId, role: 'FUNDER' } })
      .thenThrows('PROJECT.NOT_ACTIVE'));
  it('asks a visitor to sign in', () =>
    spec.given([launched]).when({ type: 'CompleteProject', actor: null, at, data: {} }).thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
  it('refuses commands on a missing project', () =>
    spec.given([]).when({ type: 'CompleteProject', actor: mexico, at, data: {} }).thenThrows('PROJECT.NOT_FOUND', 'NOT_FOUND'));

  describe('partners after the launch', () => {
    const withIom: PartnershipProjectEvent = { type: 'ProjectPartnerAdded', data: { organizationId: iom.organizationId, role: 'PARTNER', addedAt: at } };
    it('lets the lead remove a partner', () =>
      spec
        .given([launched, withIom])
        .when({ type: 'RemoveProjectPartner', actor: mexico, at, data: { organizationId: iom.organizationId } })
        .then([{ type: 'ProjectPartnerRemoved', data: { organizationId: iom.organizationId, removedAt: at } }]));
    it('does not let a partner remove another', () =>
      spec
        .given([launched, withIom])
        .when({ type: 'RemoveProjectPartner', actor: honduras, at, data: { organizationId: iom.organizationId } })
        .thenThrows('PROJECT.NOT_LEAD', 'FORBIDDEN'));
    it('refuses removing the lead or an organisation that is no partner', () => {
      spec
        .given([launched])
        .when({ type: 'RemoveProjectPartner', actor: mexico, at, data: { organizationId: mexico.organizationId } })
        .thenThrows('PROJECT.LEAD_CANNOT_LEAVE');
      spec
        .given([launched])
        .when({ type: 'RemoveProjectPartner', actor: mexico, at, data: { organizationId: iom.organizationId } })
        .thenThrows('PROJECT.PARTNER_NOT_FOUND');
    });
    it('lets the lead change a role, and a role already held changes nothing', () => {
      spec
        .given([launched, withIom])
        .when({ type: 'ChangeProjectPartnerRole', actor: mexico, at, data: { organizationId: iom.organizationId, role: 'IMPLEMENTER' } })
        .then([{ type: 'ProjectPartnerRoleChanged', data: { organizationId: iom.organizationId, role: 'IMPLEMENTER', changedAt: at } }]);
      spec
        .given([launched, withIom])
        .when({ type: 'ChangeProjectPartnerRole', actor: mexico, at, data: { organizationId: iom.organizationId, role: 'PARTNER' } })
        .then([]);
    });
    it('keeps one lead: the lead role neither moves nor goes', () => {
      spec
        .given([launched, withIom])
        .when({ type: 'ChangeProjectPartnerRole', actor: mexico, at, data: { organizationId: iom.organizationId, role: 'LEAD' } })
        .thenThrows('PROJECT.LEAD_ROLE_FIXED');
      spec
        .given([launched])
        .when({ type: 'ChangeProjectPartnerRole', actor: mexico, at, data: { organizationId: mexico.organizationId, role: 'FUNDER' } })
        .thenThrows('PROJECT.LEAD_ROLE_FIXED');
    });
    it('does not let a partner change roles', () =>
      spec
        .given([launched, withIom])
        .when({ type: 'ChangeProjectPartnerRole', actor: iom, at, data: { organizationId: iom.organizationId, role: 'FUNDER' } })
        .thenThrows('PROJECT.NOT_LEAD', 'FORBIDDEN'));
  });

  describe('edits', () => {
    const edited = (over: object): PartnershipProjectEvent => ({
      type: 'PartnershipProjectEdited',
      data: { title: launch.title, summary: 's', visibility: 'PUBLIC', themes: [], countries: ['MEX'], endsOn: null, editedAt: at, readers: null, ...over },
    });
    it('lets the lead edit the description; the event holds every editable field', () =>
      spec
        .given([launched])
        .when({ type: 'EditPartnershipProject', actor: mexico, at, data: { summary: 'Training for officials' } })
        .then([edited({ summary: 'Training for officials' })]));
    it('names the readers when the project becomes partners-only', () =>
      spec
        .given([launched])
        .when({ type: 'EditPartnershipProject', actor: mexico, at, data: { visibility: 'PARTNERS' } })
        .then([edited({ visibility: 'PARTNERS', readers: [mexico.organizationId, honduras.organizationId] })]));
    it('writes nothing when nothing changes', () =>
      spec
        .given([launched])
        .when({ type: 'EditPartnershipProject', actor: mexico, at, data: { summary: 's' } })
        .then([]));
    it('refuses an empty title, an end before the start, and a partner editing', () => {
      spec
        .given([launched])
        .when({ type: 'EditPartnershipProject', actor: mexico, at, data: { title: ' ' } })
        .thenThrows('PROJECT.INVALID');
      spec
        .given([{ ...launched, data: { ...launched.data, startsOn: '2011-04-01' } } as PartnershipProjectEvent])
        .when({ type: 'EditPartnershipProject', actor: mexico, at, data: { endsOn: '2011-01-01' } })
        .thenThrows('PROJECT.INVALID');
      spec
        .given([launched])
        .when({ type: 'EditPartnershipProject', actor: honduras, at, data: { summary: 'x' } })
        .thenThrows('PROJECT.NOT_LEAD', 'FORBIDDEN');
    });
    it('refuses an edit of a completed project', () =>
      spec
        .given([launched, completed])
        .when({ type: 'EditPartnershipProject', actor: mexico, at, data: { summary: 'x' } })
        .thenThrows('PROJECT.NOT_ACTIVE'));
  });

  it('refuses an update naming the same indicator twice', () =>
    spec
      .given([launched])
      .when({
        type: 'PostProjectUpdate',
        actor: mexico,
        at,
        data: { ...update, metrics: [update.metrics[0], { indicator: 'officials trained ', value: 1 }] },
      })
      .thenThrows('PROJECT.INVALID'));

  it('adds up each indicator over time (value: what the update reports; cumulative: the running total)', () => {
    const u = (id: string, postedAt: string, metrics: Array<{ indicator: string; value: number; unit?: string | null }>) => ({
      id,
      text: id,
      metrics,
      videoUrl: null,
      organizationId: mexico.organizationId,
      postedAt,
    });
    const series = metricSeries([
      u('b', '2011-09-01T00:00:00.000Z', [{ indicator: 'Officials trained', value: 2300, unit: 'people' }]),
      u('a', '2011-06-01T00:00:00.000Z', [
        { indicator: 'officials trained', value: 1200, unit: 'people' },
        { indicator: 'budget', value: 10, unit: 'USD' },
      ]),
    ]);
    expect(series).toEqual([
      {
        indicator: 'officials trained',
        unit: 'people',
        points: [
          { at: '2011-06-01T00:00:00.000Z', value: 1200, cumulative: 1200 },
          { at: '2011-09-01T00:00:00.000Z', value: 2300, cumulative: 3500 },
        ],
      },
      { indicator: 'budget', unit: 'USD', points: [{ at: '2011-06-01T00:00:00.000Z', value: 10, cumulative: 10 }] },
    ]);
  });

  it('is inactive after 12 months without an update', () => {
    expect(isInactive('ACTIVE', '2011-01-01T00:00:00Z', new Date('2012-01-02T00:00:00Z'))).toBe(true);
    expect(isInactive('ACTIVE', '2011-06-01T00:00:00Z', new Date('2012-01-02T00:00:00Z'))).toBe(false);
    expect(isInactive('COMPLETED', '2010-01-01T00:00:00Z', new Date('2012-01-02T00:00:00Z'))).toBe(false);
  });
});
