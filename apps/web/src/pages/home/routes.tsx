import { lazy } from 'react';
import type { Route } from '../../router';

const HomePage = lazy(() => import('./home').then((module) => ({ default: module.HomePage })));

export const HOME_ROUTES: Route[] = [['/', () => <HomePage />]];
