import { all, allow, deny, supportUnitOnly, type Policy } from '@pfp/kernel';

/** Managing organisations is the Support Unit's job (DESIGN.md, Actors). */
export const createOrganizationPolicy: Policy<void> = supportUnitOnly;

export const renameOrganizationPolicy: Policy<{ id: string }> = supportUnitOnly;

/** The Support Unit cannot deactivate its own organisation: nobody would be left to undo it. */
export const deactivateOrganizationPolicy: Policy<{ id: string }> = (actor, organization) =>
  all(supportUnitOnly(actor, organization), () =>
    actor?.organizationId === organization.id ? deny('ORGANIZATION.OWN_ORGANIZATION', 'You cannot deactivate your own organisation.') : allow(),
  );
