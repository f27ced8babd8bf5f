import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, MaxLength } from 'class-validator';
import { formatGlobalId, GlobalIdField, Paginated, Text } from '@pfp/graphql';
import type { OrganizationKind as Kind } from '@pfp/kernel';
import { organizationGlobalId } from '../global-ids';
import { OrganizationKind } from '../graphql-types';
import { StateCountry } from '../inputs';
import { NAME_MAX } from '../organizations/organizations.service';
import type { AccountRequestEntity } from './account-request.entity';

export const ACCOUNT_REQUEST = 'accountRequest';
export const REASON_MAX = 2000;
export const CONTACT_NAME_MAX = 120;

export enum AccountRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}
registerEnumType(AccountRequestStatus, { name: 'AccountRequestStatus' });

@InputType()
export class RequestAccountInput {
  @Field()
  @Text({ max: NAME_MAX, required: true })
  organizationName!: string;

  @Field(() => OrganizationKind, { description: 'Any kind but SUPPORT_UNIT.' })
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;

  @StateCountry()
  country?: string | null;

  @Field()
  @Text({ max: CONTACT_NAME_MAX, required: true })
  contactName!: string;

  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Why the organisation wants to take part.' })
  @Text({ max: REASON_MAX, required: true })
  reason!: string;
}

@InputType()
export class ApproveAccountRequestInput {
  @GlobalIdField(ACCOUNT_REQUEST)
  requestId!: string;
}

@InputType()
export class DeclineAccountRequestInput extends ApproveAccountRequestInput {
  @Field({ description: 'Sent to the requester.' })
  @Text({ max: REASON_MAX, required: true })
  reason!: string;
}

@ObjectType({ description: 'A request for an account by a new government or partner, for the Support Unit to decide.' })
export class AccountRequest {
  @Field(() => ID)
  id!: string;

  @Field()
  organizationName!: string;

  @Field(() => OrganizationKind)
  kind!: Kind;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field()
  contactName!: string;

  @Field()
  email!: string;

  @Field()
  reason!: string;

  @Field(() => AccountRequestStatus)
  status!: AccountRequestStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the approval created.' })
  organizationId!: string | null;

  static from(row: AccountRequestEntity): AccountRequest {
    return {
      id: formatGlobalId(ACCOUNT_REQUEST, row.id),
      organizationName: row.organizationName,
      kind: row.kind,
      country: row.country,
      contactName: row.contactName,
      email: row.email,
      reason: row.reason,
      status: row.status as AccountRequestStatus,
      createdAt: row.createdAt,
      decidedAt: row.decidedAt,
      declineReason: row.declineReason,
      organizationId: row.organizationId ? organizationGlobalId(row.organizationId) : null,
    };
  }
}

@ObjectType()
export class AccountRequestConnection extends Paginated(AccountRequest) {}

@ObjectType({ description: 'The same answer for every accepted request; the Support Unit answers by mail.' })
export class RequestAccountPayload {
  @Field()
  received!: boolean;
}

@ObjectType()
export class DecideAccountRequestPayload {
  @Field(() => AccountRequest)
  request!: AccountRequest;
}

@ObjectType()
export class ApproveAccountRequestPayload extends DecideAccountRequestPayload {}

@ObjectType()
export class DeclineAccountRequestPayload extends DecideAccountRequestPayload {}
