export { InsightModule, INSIGHT_MIGRATIONS } from './insight.module';
export { BOT_PATTERNS, isBot } from './domain/bots';
export { COUNTABLE_CATEGORIES, INSIGHT_ERRORS, dayOf } from './domain/views';
export { ViewCounts } from './record-view/view-counts';
export { PlatformFiguresReader, PLATFORM_FIGURES_SQL } from './platform-figures/platform-figures.reader';
