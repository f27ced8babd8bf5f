/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Organizations($first: Int) {\n    organizations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          country\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      account {\n        id\n        email\n      }\n      invitationExpiresAt\n    }\n  }\n": typeof types.InviteAccountDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      role\n      organization {\n        id\n        name\n        kind\n        country\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  query Organizations($first: Int) {\n    organizations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          country\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      account {\n        id\n        email\n      }\n      invitationExpiresAt\n    }\n  }\n": types.InviteAccountDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      role\n      organization {\n        id\n        name\n        kind\n        country\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int) {\n    organizations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          country\n          active\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      account {\n        id\n        email\n      }\n      invitationExpiresAt\n    }\n  }\n"): typeof import('./graphql').InviteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      role\n      organization {\n        id\n        name\n        kind\n        country\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"): typeof import('./graphql').SignOutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
