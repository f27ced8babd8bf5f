import type { GraphQLResult } from '@pfp/identity/testing';

/** What the e2e specs of practices share: a Mexico draft and mutation helpers over HTTP GraphQL. */
export interface Api {
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, credentials?: { token?: string | null }): Promise<GraphQLResult<T>>;
}

export const PRACTICE_FIELDS = `id revision status title summary body language countries themeIds ownerOrganizationId ownerCountry
  changesRequested hasPendingRevision results { indicator value } translations { language title } interestCount
  contact { subjectId name email }`;

export const mexicoDraft = {
  title: 'Protection of unaccompanied migrant children: training officers',
  summary: 'A model for training officials who protect unaccompanied migrant minors.',
  body: 'Run by the National Migration Institute; training is offered **free of charge**.',
  language: 'en',
  countries: ['MEX', 'HND', 'GTM'],
  themes: ['migrant-children', 'protection', 'gcm-7'],
  period: { start: '2010', end: null },
  implementationStatus: 'ONGOING',
};

export async function mutateRaw(api: Api, token: string | null, mutation: string, inputType: string, input: Record<string, unknown>): Promise<GraphQLResult> {
  return api.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { revision practice { ${PRACTICE_FIELDS} } } }`, { input }, { token });
}

/** Runs a mutation and returns its payload; throws with the GraphQL errors. */
export async function mutate(
  api: Api,
  token: string | null,
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
): Promise<{ revision: number; practice: Record<string, unknown> }> {
  const result = await mutateRaw(api, token, mutation, inputType, input);
  if (!result.data?.[mutation]) throw new Error(`${mutation} failed: ${JSON.stringify(result.errors)}`);
  return result.data[mutation] as { revision: number; practice: Record<string, unknown> };
}

export function draft(
  api: Api,
  token: string | null,
  input: Record<string, unknown> = mexicoDraft,
): Promise<{ revision: number; practice: Record<string, unknown> }> {
  return mutate(api, token, 'draftPractice', 'DraftPracticeInput', input);
}
