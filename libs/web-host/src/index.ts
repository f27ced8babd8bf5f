export { WebHostModule } from './web-host.module';
export { securityHeaders, siteDirectives, explorerDirectives } from './security-headers';
export type { SecurityHeadersOptions } from './security-headers';
export { compressResponses, chooseEncoding, PrecompressedAssets } from './compression';
export { JSON_BODY_LIMIT, refuseUnreadableBodies } from './request-bodies';
