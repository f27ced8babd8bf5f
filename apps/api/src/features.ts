import { CONTEXTS, type Feature } from '@pfp/platform';
import { WebHostModule } from '@pfp/web-host';

export type { Feature } from '@pfp/platform';

/**
 * What the API serves: the platform's contexts (libs/platform) and, last, the built site at /
 * (SPA fallback); GraphQL, feeds, exports, health and metrics stay the API's.
 */
export const FEATURES: Feature[] = [...CONTEXTS, { module: WebHostModule }];
