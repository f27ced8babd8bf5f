export { WebHostModule, findWebDist, isApiPath, webHostHandler } from './web-host.module';
