export { PartnershipProjectsModule, PARTNERSHIP_PROJECTS_MIGRATIONS } from './partnership-projects.module';
export { PartnershipProjectCommands, projectPayload, sendProjectCommand } from './shared/project-commands';
export { ProjectReferences, type PartnerReference } from './shared/project-references';
export { PROJECT_DETAILS, PROJECT_STREAM_PREFIX, projectDetailsProjection } from './project-details/project-details.projection';
export type { ProjectDocument, ProjectRow } from './project-details/project-details.projection';
export { PartnershipProject, PartnershipProjectPayload, ProjectUpdate, ProjectStatus, ProjectRole, ProjectVisibility } from './graphql-types';
export { demoCallId, demoProjectId, demoStreams, seedDemoStreams } from './demo/demo-seed';
export * from './domain/partnership-project';
export * from './domain/decide';
