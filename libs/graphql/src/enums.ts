import { registerEnumType } from '@nestjs/graphql';

/**
 * A GraphQL enum made from a domain's constant array (`CALL_KINDS`), so the schema and the
 * domain cannot drift: `export const CallForActionKind = graphqlEnum('CallForActionKind', CALL_KINDS)`.
 * The returned object (`{ TRAINING: 'TRAINING', … }`) is what `@Field(() => CallForActionKind)`
 * and `@IsEnum(CallForActionKind)` take.
 */
export function graphqlEnum<const V extends string>(
  name: string,
  values: readonly V[],
  options: { description?: string; valuesDescriptions?: Partial<Record<V, string>> } = {},
): { [K in V]: K } {
  const enumObject = Object.freeze(Object.fromEntries(values.map((v) => [v, v]))) as { [K in V]: K };
  const valuesMap = options.valuesDescriptions
    ? Object.fromEntries(Object.entries(options.valuesDescriptions).map(([value, description]) => [value, { description: description as string }]))
    : undefined;
  registerEnumType(enumObject, { name, description: options.description, valuesMap: valuesMap as never });
  return enumObject;
}
