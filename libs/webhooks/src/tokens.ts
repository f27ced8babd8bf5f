import { APP_CONFIG, type AppConfig } from '@pfp/config';
import type { FactoryProvider } from '@nestjs/common';
import { loadWebhookSettings, type WebhookSettings } from './settings';
import { SecretBox } from './signing';

export const WEBHOOK_SETTINGS = 'pfp.WEBHOOK_SETTINGS';

/** Read from the environment at boot (the operator's WEBHOOK* variables, README "Configuration"). */
export const webhookSettingsProvider: FactoryProvider<WebhookSettings> = {
  provide: WEBHOOK_SETTINGS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => loadWebhookSettings(process.env, config.env === 'production'),
};

export const secretBoxProvider: FactoryProvider<SecretBox> = {
  provide: SecretBox,
  inject: [APP_CONFIG, WEBHOOK_SETTINGS],
  useFactory: (config: AppConfig, settings: WebhookSettings) => new SecretBox(settings.secretKey ?? config.sessionSecret),
};
