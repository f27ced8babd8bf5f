import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './app-config';

/** Injection token of the AppConfig: `@Inject(APP_CONFIG) config: AppConfig`. */
export const APP_CONFIG = 'APP_CONFIG';

@Global()
@Module({})
export class ConfigModule {
  /** Provides the given configuration, or the one read from process.env. */
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
