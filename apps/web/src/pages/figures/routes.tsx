import { lazy } from 'react';
import type { Route } from '../../router';

const FiguresPage = lazy(() => import('./figures-page').then((module) => ({ default: module.FiguresPage })));
const DashboardPage = lazy(() => import('./dashboard-page').then((module) => ({ default: module.DashboardPage })));

export const FIGURES_ROUTES: Route[] = [
  ['/figures', () => <FiguresPage />],
  ['/my/dashboard', () => <DashboardPage />],
];
