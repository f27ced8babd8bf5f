import { lazy } from 'react';
import type { Route } from '../../router';

const SearchPage = lazy(() => import('./search-page').then((module) => ({ default: module.SearchPage })));

export const SEARCH_ROUTES: Route[] = [['/search', () => <SearchPage />]];
