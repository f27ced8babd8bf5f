import type { LaunchRequestData } from '../domain/commands';
import type { LaunchData } from '../domain/partnership-project';

/** The data of a LaunchPartnershipProject command: a bare public project; specs override what they are about. */
export function launchRequestData(overrides: Partial<LaunchRequestData> & Pick<LaunchRequestData, 'id'>): LaunchRequestData {
  return {
    title: 'A project',
    summary: '',
    objectives: [],
    themes: [],
    countries: [],
    startsOn: null,
    endsOn: null,
    fromCallId: null,
    visibility: 'PUBLIC',
    partners: [],
    ...overrides,
  } as LaunchRequestData;
}

/** The data of a PartnershipProjectLaunched event: that project, Mexico's, launched on 1 June 2011. */
export function launchData(overrides: Partial<LaunchData> & Pick<LaunchData, 'id'>): LaunchData {
  return { leadOrganizationId: 'organization-mx', launchedAt: '2011-06-01T00:00:00.000Z', ...launchRequestData(overrides), ...overrides } as LaunchData;
}
