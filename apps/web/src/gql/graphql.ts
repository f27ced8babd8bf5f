/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An account's role in its organisation. */
export type AccountRole =
  | 'ADMIN'
  | 'MEMBER';

export type CreateOrganizationInput = {
  /** ISO 3166-1 alpha-3; required for a STATE, absent otherwise. */
  country?: string | null | undefined;
  kind: OrganizationKind;
  name: string;
};

export type InviteAccountInput = {
  displayName: string;
  email: string;
  organizationId: string | number;
  role?: AccountRole;
};

export type OrganizationKind =
  | 'ACADEMIA'
  | 'CIVIL_SOCIETY'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'PRIVATE_SECTOR'
  | 'STATE'
  | 'SUPPORT_UNIT';

export type SignInInput = {
  email: string;
  password: string;
};

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OrganizationKind, country: string | null, active: boolean, createdAt: string } }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { organization: { id: string, name: string } } };

export type InviteAccountMutationVariables = Exact<{
  input: InviteAccountInput;
}>;


export type InviteAccountMutation = { inviteAccount: { invitationExpiresAt: string, account: { id: string, email: string } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, displayName: string, email: string, role: AccountRole, organization: { id: string, name: string, kind: OrganizationKind, country: string | null } } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { expiresAt: string, viewer: { id: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { signedOut: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($first: Int) {
  organizations(first: $first) {
    totalCount
    edges {
      node {
        id
        name
        kind
        country
        active
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const InviteAccountDocument = new TypedDocumentString(`
    mutation InviteAccount($input: InviteAccountInput!) {
  inviteAccount(input: $input) {
    account {
      id
      email
    }
    invitationExpiresAt
  }
}
    `) as unknown as TypedDocumentString<InviteAccountMutation, InviteAccountMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    displayName
    email
    role
    organization {
      id
      name
      kind
      country
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    expiresAt
    viewer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    signedOut
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;