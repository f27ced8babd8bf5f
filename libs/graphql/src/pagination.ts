import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { ValidationError } from '@pfp/kernel';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * `first`/`after`. A field with more arguments extends it
 * (`@ArgsType() class OrganizationsArgs extends ConnectionArgs { kind?: ... }`) and takes
 * `@Args() args: OrganizationsArgs`: the global pipe (forbidNonWhitelisted) validates the whole
 * argument object against one class, so `@Args() ConnectionArgs` beside `@Args('kind')` is refused.
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `At most ${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Relay connection type for a node type:
 * `@ObjectType() export class PracticeConnection extends Paginated(Practice) {}`.
 * The edge type is named `<Node>Edge` after the node's class unless `nodeName` is given.
 */
export function Paginated<T>(nodeType: Type<T>, nodeName: string = nodeType.name): Type<Connection<T>> {
  @ObjectType(`${nodeName}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType as Type<Connection<T>>;
}

/** Opaque to clients: base64url of JSON. Decoding something we did not encode is a BAD_USER_INPUT. */
export function encodeCursor(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

export function decodeCursor<T = unknown>(cursor: string, field = 'after'): T {
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
  } catch {
    throw invalidCursor(field);
  }
}

export function offsetToCursor(offset: number): string {
  return encodeCursor({ o: offset });
}

export function cursorToOffset(cursor: string, field = 'after'): number {
  const decoded = decodeCursor<{ o?: unknown }>(cursor, field);
  const offset = decoded && typeof decoded === 'object' ? decoded.o : undefined;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) throw invalidCursor(field);
  return offset;
}

/** The rows to fetch for `first`/`after`: `LIMIT limit OFFSET offset`. */
export function pageWindow(args: Partial<ConnectionArgs>): { offset: number; limit: number } {
  const limit = Math.min(Math.max(args.first ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
  const offset = args.after ? cursorToOffset(args.after) + 1 : 0;
  return { offset, limit };
}

/** Builds the connection of one page: `rows` start at `offset` among `totalCount`. */
export function connectionFromRows<T>(rows: readonly T[], totalCount: number, offset: number): Connection<T> {
  const edges = rows.map((node, index) => ({ cursor: offsetToCursor(offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + rows.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

function invalidCursor(field: string): ValidationError {
  return new ValidationError('CURSOR.INVALID', `"${field}" is not a cursor this API gave out.`, { [field]: 'is not a valid cursor' });
}
