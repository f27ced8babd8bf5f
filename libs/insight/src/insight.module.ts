import { Module } from '@nestjs/common';
import { IdentityModule } from '@pfp/identity';
import { InsightViews1765400000000 } from './migrations/1765400000000-insight-views';
import { OwnerDashboardReader } from './owner-dashboard/owner-dashboard.reader';
import { OwnerDashboardResolver } from './owner-dashboard/owner-dashboard.resolver';
import { PlatformFiguresReader } from './platform-figures/platform-figures.reader';
import { PlatformFiguresResolver } from './platform-figures/platform-figures.resolver';
import { RecordViewResolver } from './record-view/record-view.resolver';
import { ViewCounts } from './record-view/view-counts';

export const INSIGHT_MIGRATIONS = [InsightViews1765400000000];

/**
 * Insight people can see (issue 15 points 6-8): privacy-preserving view counts, the public
 * platform figures and the owner's dashboard. It owns one table, subject_views_daily, and
 * reads the other contexts' public read models with aggregate SQL (no projection of its own).
 */
@Module({
  imports: [IdentityModule],
  providers: [ViewCounts, RecordViewResolver, PlatformFiguresReader, PlatformFiguresResolver, OwnerDashboardReader, OwnerDashboardResolver],
  exports: [ViewCounts, PlatformFiguresReader],
})
export class InsightModule {}
