import { lazy } from 'react';
import type { Route } from '../../router';

const PracticesPage = lazy(() => import('./practices').then((module) => ({ default: module.PracticesPage })));
const PracticePage = lazy(() => import('./practice-page').then((module) => ({ default: module.PracticePage })));
const PracticeFormPage = lazy(() => import('./practice-form').then((module) => ({ default: module.PracticeFormPage })));
const MyPracticesPage = lazy(() => import('./my-practices').then((module) => ({ default: module.MyPracticesPage })));
const ReviewPage = lazy(() => import('./review').then((module) => ({ default: module.ReviewPage })));

export const PRACTICE_ROUTES: Route[] = [
  ['/practices', () => <PracticesPage />],
  ['/practices/new', () => <PracticeFormPage />],
  ['/practices/:id/edit', ({ id }) => <PracticeFormPage id={id} />],
  ['/practices/:id', ({ id }) => <PracticePage id={id} />],
  ['/my/practices', () => <MyPracticesPage />],
  ['/review', () => <ReviewPage />],
];
