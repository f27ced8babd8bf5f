import { Global, Module } from '@nestjs/common';
import { AtomFeedsController } from './atom';
import { Contributions } from './contributions';
import { DemoSeedRunner } from './demo';
import { OpenDataExports, OpenDataExportsController } from './exports';
import { Moderation } from './moderation';
import { NewsletterSources } from './newsletter';
import { PlatformStatsResolver } from './platform-stats';

/**
 * The registries, the `platformStats` query, the /feeds/* controller and the demo seed runner.
 * Global and imported by every context's surface module, so there is one registry per app.
 */
@Global()
@Module({
  controllers: [AtomFeedsController, OpenDataExportsController],
  providers: [Contributions, Moderation, NewsletterSources, OpenDataExports, PlatformStatsResolver, DemoSeedRunner],
  exports: [Contributions, Moderation, NewsletterSources, OpenDataExports],
})
export class ContributionsModule {}
