import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const FiguresPage = lazyPage(() => import('./figures-page').then((module) => ({ default: module.FiguresPage })));
const DashboardPage = lazyPage(() => import('./dashboard-page').then((module) => ({ default: module.DashboardPage })));

export const FIGURES_ROUTES: Route[] = [
  ['/figures', () => <FiguresPage />],
  ['/my/dashboard', () => <DashboardPage />],
];
