import { applyDecorators } from '@nestjs/common';
import { GlobalIdField } from '@pfp/graphql';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Text } from '@pfp/graphql';
import { IsBoolean, IsEmail, IsEnum, IsIn, IsISO31661Alpha3, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { MAIL_LANGUAGES } from '@pfp/mail';
import { PASSWORD_MAX, PASSWORD_MIN } from './accounts/passwords';
import { AccountRole, OrganizationKind } from './graphql-types';
import { NAME_MAX } from './organizations/organizations.service';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX)
  password!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The site’s language (ar, en, es, fr, ru, zh): the account’s mails are in it until it chooses one (setAccountLanguage).',
  })
  @IsOptional()
  @IsIn(MAIL_LANGUAGES)
  language?: string | null;
}

@InputType()
export class SignOutInput {
  @Field({ nullable: true, defaultValue: false, description: 'Also sign out every other session of this account.' })
  @IsOptional()
  @IsBoolean()
  everywhere?: boolean;
}

/** `country` of an input with a `kind`: ISO 3166-1 alpha-3, required for a STATE, absent otherwise. */
export const StateCountry = (): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3; required for a STATE, absent otherwise.' }),
    ValidateIf((input: { kind?: OrganizationKind; country?: string | null }) => input.kind === OrganizationKind.STATE || input.country != null),
    IsISO31661Alpha3({ message: 'country must be an ISO 3166-1 alpha-3 code (required for a STATE)' }),
  );

@InputType()
export class CreateOrganizationInput {
  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;

  @Field()
  @Text({ max: NAME_MAX, required: true })
  name!: string;

  @StateCountry()
  country?: string | null;
}

@InputType()
export class RenameOrganizationInput {
  @GlobalIdField('organization')
  id!: string;

  @Field()
  @Text({ max: NAME_MAX, required: true })
  name!: string;
}

@InputType()
export class DeactivateOrganizationInput {
  @GlobalIdField('organization')
  id!: string;
}

@InputType()
export class InviteAccountInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @Text({ max: 120, required: true })
  displayName!: string;

  @Field(() => ID)
  @IsString()
  organizationId!: string;

  @Field(() => AccountRole, { defaultValue: AccountRole.MEMBER })
  @IsEnum(AccountRole)
  role!: AccountRole;
}

/** A mailed link's token and the password it sets: accepting an invitation, resetting a password. */
@InputType({ isAbstract: true })
abstract class TokenAndPasswordInput {
  @Field()
  @Text({ max: 200, required: true })
  token!: string;

  @Field({ description: `At least ${PASSWORD_MIN} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password!: string;
}

@InputType()
export class AcceptInvitationInput extends TokenAndPasswordInput {}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

@InputType()
export class ResetPasswordInput extends TokenAndPasswordInput {}
