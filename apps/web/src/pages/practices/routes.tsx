import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const PracticesPage = lazyPage(() => import('./practices').then((module) => ({ default: module.PracticesPage })));
const PracticePage = lazyPage(() => import('./practice-page').then((module) => ({ default: module.PracticePage })));
const PracticeFormPage = lazyPage(() => import('./practice-form').then((module) => ({ default: module.PracticeFormPage })));
const MyPracticesPage = lazyPage(() => import('./my-practices').then((module) => ({ default: module.MyPracticesPage })));
const ReviewPage = lazyPage(() => import('./review').then((module) => ({ default: module.ReviewPage })));

export const PRACTICE_ROUTES: Route[] = [
  ['/practices', () => <PracticesPage />],
  ['/practices/new', () => <PracticeFormPage />],
  ['/practices/:id/edit', ({ id }) => <PracticeFormPage id={id} />],
  ['/practices/:id', ({ id }) => <PracticePage id={id} />],
  ['/my/practices', () => <MyPracticesPage />],
  ['/review', () => <ReviewPage />],
];
