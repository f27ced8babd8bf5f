import type { LaunchData } from '../domain/partnership-project';

/** The data of a PartnershipProjectLaunched event: a bare public project of Mexico's; specs override what they are about. */
export function launchData(overrides: Partial<LaunchData> & Pick<LaunchData, 'id'>): LaunchData {
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
    leadOrganizationId: 'organization-mx',
    partners: [],
    launchedAt: '2011-06-01T00:00:00.000Z',
    ...overrides,
  } as LaunchData;
}
