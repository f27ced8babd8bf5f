export { ObservabilityModule } from './observability.module';
export { Metrics } from './metrics';
export { Lifecycle } from './lifecycle';
export { gracefulShutdown } from './shutdown';
export type { GracefulShutdownOptions } from './shutdown';
export type { ObservabilityOptions } from './options';
export { createPino, PinoLoggerService } from './logger';
export { requestLog } from './request-log';
