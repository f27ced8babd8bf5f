import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const HomePage = lazyPage(() => import('./home').then((module) => ({ default: module.HomePage })));

export const HOME_ROUTES: Route[] = [['/', () => <HomePage />]];
