import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const ProjectsPage = lazyPage(() => import('./projects').then((module) => ({ default: module.ProjectsPage })));
const ProjectPage = lazyPage(() => import('./projects').then((module) => ({ default: module.ProjectPage })));
const StartProjectPage = lazyPage(() => import('./projects').then((module) => ({ default: module.StartProjectPage })));

export const PROJECT_ROUTES: Route[] = [
  ['/projects', () => <ProjectsPage />],
  ['/projects/new', () => <StartProjectPage />],
  ['/projects/:id', ({ id }) => <ProjectPage id={id} />],
];
