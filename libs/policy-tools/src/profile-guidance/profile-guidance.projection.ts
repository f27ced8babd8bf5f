import { documentProjection, type DocumentHandlers } from '@pfp/event-sourcing';
import { evolveProfileGuidance, type ProfileGuidance, type ProfileGuidanceEvent } from '../domain/profile-guidance';

export const PROFILE_GUIDANCE = 'profile-guidance';
export const PROFILE_GUIDANCE_TABLES = ['migration_profile_guidance'];

const handlers: DocumentHandlers<ProfileGuidance, ProfileGuidanceEvent> = {
  ProfileGuidanceSet: (_doc, event) => {
    const next = evolveProfileGuidance({ status: 'NONE' }, event);
    return next.status === 'SET' ? next.guidance : null;
  },
};

/** The repository's guidance checklist, as the Support Unit last set it. */
export const profileGuidanceProjection = documentProjection<ProfileGuidance, ProfileGuidanceEvent>({
  name: PROFILE_GUIDANCE,
  table: 'migration_profile_guidance',
  category: 'profileGuidance',
  handlers,
});
