import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { formatGlobalId, Paginated } from '@pfp/graphql';
import type { OrganizationKind as Kind, OrganizationRole } from '@pfp/kernel';
import { accountMailLanguage, type AccountEntity } from './accounts/account.entity';
import { ACCOUNT, ORGANIZATION } from './global-ids';
import type { OrganizationEntity } from './organizations/organization.entity';

export enum OrganizationKind {
  STATE = 'STATE',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  PRIVATE_SECTOR = 'PRIVATE_SECTOR',
  ACADEMIA = 'ACADEMIA',
  SUPPORT_UNIT = 'SUPPORT_UNIT',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

export enum AccountRole {
  MEMBER = 'MEMBER',
  ADMIN = 'ADMIN',
}
registerEnumType(AccountRole, { name: 'AccountRole', description: "An account's role in its organisation." });

@ObjectType()
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationKind)
  kind!: Kind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3, for a STATE.' })
  country!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  deactivatedAt!: Date | null;

  @Field()
  active!: boolean;

  static from(row: OrganizationEntity): Organization {
    return {
      id: formatGlobalId(ORGANIZATION, row.id),
      kind: row.kind,
      name: row.name,
      country: row.country,
      createdAt: row.createdAt,
      deactivatedAt: row.deactivatedAt,
      active: !row.deactivatedAt,
    };
  }
}

@ObjectType()
export class OrganizationConnection extends Paginated(Organization) {}

@ObjectType({ description: 'A person acting for an organisation.' })
export class Account {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => AccountRole)
  role!: OrganizationRole;

  @Field(() => Organization)
  organization!: Organization;

  @Field({ description: 'False until the invitation is accepted.' })
  activated!: boolean;

  @Field(() => String, { nullable: true, description: 'The language the person chose for their mails (ar, en, es, fr, ru, zh); null: none chosen.' })
  language!: string | null;

  @Field({ description: 'The language their mails are written in: the one chosen, else the site’s at their last sign-in, else en.' })
  mailLanguage!: string;

  static from(row: AccountEntity, organization: OrganizationEntity): Account {
    return {
      id: formatGlobalId(ACCOUNT, row.id),
      email: row.email,
      displayName: row.displayName,
      role: row.role,
      organization: Organization.from(organization),
      activated: !!row.activatedAt,
      language: row.language ?? null,
      mailLanguage: accountMailLanguage(row),
    };
  }
}
