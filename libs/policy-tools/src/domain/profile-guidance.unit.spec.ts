import { DeciderSpecification, member } from '@pfp/testing';
import { profileGuidanceAggregate, type ProfileGuidanceEvent } from './profile-guidance';

const spec = DeciderSpecification(profileGuidanceAggregate);
const supportUnit = member('organization-su', 'SUPPORT_UNIT');
const iom = member('organization-iom', 'INTERNATIONAL_ORGANIZATION');
const at = '2011-12-01T00:00:00.000Z';
const steps = [
  { key: 'initiation', title: 'Agree', description: '' },
  { key: 'data-collection', title: 'Collect', description: 'Sources.' },
];
const data = { steps, maintainers: ['organization-ilo', 'organization-iom'] };
const set: ProfileGuidanceEvent = { type: 'ProfileGuidanceSet', data: { ...data, at } };

describe('ProfileGuidance', () => {
  it('is set by the Support Unit', () => spec.given([]).when({ type: 'SetProfileGuidance', actor: supportUnit, at, data }).then([set]));
  it('is set again, whole', () =>
    spec
      .given([set])
      .when({ type: 'SetProfileGuidance', actor: supportUnit, at, data: { ...data, steps: [steps[0]] } })
      .then([{ type: 'ProfileGuidanceSet', data: { ...data, steps: [steps[0]], at } }]));
  it('records nothing when nothing changes', () => spec.given([set]).when({ type: 'SetProfileGuidance', actor: supportUnit, at, data }).then([]));
  it('is refused to anyone else', () =>
    spec.given([]).when({ type: 'SetProfileGuidance', actor: iom, at, data }).thenThrows('POLICY_TOOL.SUPPORT_UNIT_ONLY', 'FORBIDDEN'));
  it('is refused to a visitor', () =>
    spec.given([]).when({ type: 'SetProfileGuidance', actor: null, at, data }).thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
  it('refuses no steps, repeated keys and empty titles', () => {
    spec
      .given([])
      .when({ type: 'SetProfileGuidance', actor: supportUnit, at, data: { ...data, steps: [] } })
      .thenThrows('POLICY_TOOL.INVALID', 'BAD_USER_INPUT');
    spec
      .given([])
      .when({ type: 'SetProfileGuidance', actor: supportUnit, at, data: { ...data, steps: [steps[0], steps[0]] } })
      .thenThrows('POLICY_TOOL.INVALID');
    spec
      .given([])
      .when({ type: 'SetProfileGuidance', actor: supportUnit, at, data: { ...data, steps: [{ ...steps[0], title: ' ' }] } })
      .thenThrows('POLICY_TOOL.INVALID');
  });
  it('refuses a repeated maintainer', () =>
    spec
      .given([])
      .when({ type: 'SetProfileGuidance', actor: supportUnit, at, data: { ...data, maintainers: ['organization-ilo', 'organization-ilo'] } })
      .thenThrows('POLICY_TOOL.INVALID'));
});
