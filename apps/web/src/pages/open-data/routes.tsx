import { lazy } from 'react';
import type { Route } from '../../router';

const OpenDataPage = lazy(() => import('./open-data').then((module) => ({ default: module.OpenDataPage })));

export const OPEN_DATA_ROUTES: Route[] = [['/open-data', () => <OpenDataPage />]];
