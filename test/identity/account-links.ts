/**
 * The mutations of the emailed-link flows (an invitation, a password reset), for the specs that
 * follow a link from the outbox to the account it opens.
 */
export const INVITE = `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { account { id email role activated organization { name } } invitationExpiresAt } }`;
export const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token viewer { email role organization { name } } } }`;
export const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }`;
export const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordReset } }`;
