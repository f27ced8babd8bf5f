import { ObjectType, Query, Resolver } from '@nestjs/graphql';

/**
 * The platform's figures. It has no fields of its own: each context adds its figures to it
 * with a `@Resolver(() => PlatformStats)` of `@ResolveField`s in its surface, reading its own
 * read models (`figuresOnce` computes them once per query, however many of them are asked).
 */
@ObjectType()
export class PlatformStats {}

@Resolver()
export class PlatformStatsResolver {
  @Query(() => PlatformStats)
  platformStats(): PlatformStats {
    return new PlatformStats();
  }
}

const computed = new WeakMap<PlatformStats, Map<string, Promise<unknown>>>();

/** One query of a context's figures per `platformStats` answer, shared by its fields. */
export function figuresOnce<T>(stats: PlatformStats, key: string, load: () => Promise<T>): Promise<T> {
  let byKey = computed.get(stats);
  if (!byKey) computed.set(stats, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, load());
  return byKey.get(key) as Promise<T>;
}
