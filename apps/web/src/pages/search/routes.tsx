import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const SearchPage = lazyPage(() => import('./search-page').then((module) => ({ default: module.SearchPage })));

export const SEARCH_ROUTES: Route[] = [['/search', () => <SearchPage />]];
