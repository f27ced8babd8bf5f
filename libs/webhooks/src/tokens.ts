import { APP_CONFIG, type AppConfig } from '@pfp/config';
import type { FactoryProvider } from '@nestjs/common';
import type { WebhookSettings } from './settings';
import { SecretBox } from './signing';

export const WEBHOOK_SETTINGS = 'pfp.WEBHOOK_SETTINGS';

/** AppConfig's webhook settings (the operator's WEBHOOK* variables, validated at start-up; README "Configuration"). */
export const webhookSettingsProvider: FactoryProvider<WebhookSettings> = {
  provide: WEBHOOK_SETTINGS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => config.webhooks,
};

export const secretBoxProvider: FactoryProvider<SecretBox> = {
  provide: SecretBox,
  inject: [APP_CONFIG, WEBHOOK_SETTINGS],
  useFactory: (config: AppConfig, settings: WebhookSettings) => new SecretBox(settings.secretKey ?? config.sessionSecret),
};
