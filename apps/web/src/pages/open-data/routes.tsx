import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const OpenDataPage = lazyPage(() => import('./open-data').then((module) => ({ default: module.OpenDataPage })));

export const OPEN_DATA_ROUTES: Route[] = [['/open-data', () => <OpenDataPage />]];
