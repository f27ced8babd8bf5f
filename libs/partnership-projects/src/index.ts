export { PartnershipProjectsModule, PARTNERSHIP_PROJECTS_MIGRATIONS } from './partnership-projects.module';
export { ProjectCommands } from './project-commands';
export { PROJECT_DETAILS, PROJECT_STREAM_PREFIX, projectDetailsProjection } from './project-details/project-details.projection';
export { PartnershipProject, ProjectUpdate, ProjectStatus } from './graphql-types';
export { demoCallId, demoProjectId, demoStreams, seedDemoStreams } from './demo/demo-seed';
export * from './domain/partnership-project';
export * from './domain/decide';
