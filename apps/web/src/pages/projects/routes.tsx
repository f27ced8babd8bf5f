import { lazy } from 'react';
import type { Route } from '../../router';

const ProjectsPage = lazy(() => import('./projects').then((module) => ({ default: module.ProjectsPage })));
const ProjectPage = lazy(() => import('./projects').then((module) => ({ default: module.ProjectPage })));
const StartProjectPage = lazy(() => import('./projects').then((module) => ({ default: module.StartProjectPage })));

export const PROJECT_ROUTES: Route[] = [
  ['/projects', () => <ProjectsPage />],
  ['/projects/new', () => <StartProjectPage />],
  ['/projects/:id', ({ id }) => <ProjectPage id={id} />],
];
