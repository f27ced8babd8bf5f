export { loadConfig, ConfigError } from './app-config';
export type { AppConfig, AppEnv, EventStoreKind, LogLevel } from './app-config';
export { APP_CONFIG, ConfigModule } from './config.module';
export { parseWebhookConfig } from './webhook-config';
export type { WebhookConfig } from './webhook-config';
