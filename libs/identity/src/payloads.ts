import { Field, ObjectType } from '@nestjs/graphql';
import { Account, Organization } from './graphql-types';

@ObjectType({ description: 'The token is for API clients (Authorization: Bearer); the site gets it as the pfp_session cookie.' })
export class SignInPayload {
  @Field()
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => Account)
  viewer!: Account;
}

@ObjectType()
export class AcceptInvitationPayload extends SignInPayload {}

@ObjectType()
export class SignOutPayload {
  @Field({ description: 'Whether a live session was revoked.' })
  signedOut!: boolean;
}

@ObjectType()
export class CreateOrganizationPayload {
  @Field(() => Organization)
  organization!: Organization;
}

@ObjectType()
export class RenameOrganizationPayload {
  @Field(() => Organization)
  organization!: Organization;
}

@ObjectType()
export class DeactivateOrganizationPayload {
  @Field(() => Organization)
  organization!: Organization;
}

@ObjectType()
export class InviteAccountPayload {
  @Field(() => Account)
  account!: Account;

  @Field()
  invitationExpiresAt!: Date;
}

@ObjectType({ description: 'The same answer whether or not the email has an account.' })
export class RequestPasswordResetPayload {
  @Field()
  accepted!: boolean;
}

@ObjectType()
export class ResetPasswordPayload {
  @Field()
  passwordReset!: boolean;
}
