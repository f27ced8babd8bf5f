import { DomainError } from '@pfp/kernel';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ConnectionArgs, connectionFromRows, cursorToOffset, decodeCursor, encodeCursor, offsetToCursor, pageWindow } from './pagination';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a throw');
}

describe('cursors', () => {
  it('round-trips any JSON payload', () => {
    const cursor = encodeCursor({ at: '2011-11-30', id: 'practice-1' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ at: '2011-11-30', id: 'practice-1' });
    expect(cursorToOffset(offsetToCursor(41))).toBe(41);
  });

  it.each(['', 'not a cursor!', encodeCursor({ o: -1 }), encodeCursor({ o: 1.5 }), encodeCursor('x'), Buffer.from('{').toString('base64url')])(
    'refuses %p as BAD_USER_INPUT on the field',
    (cursor) => {
      const error = caught(() => cursorToOffset(cursor));
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ kind: 'BAD_USER_INPUT', code: 'CURSOR.INVALID', fields: { after: 'is not a valid cursor' } });
    },
  );
});

describe('connectionFromRows', () => {
  it('describes a middle page', () => {
    const connection = connectionFromRows(['c', 'd'], 5, 2);
    expect(connection.totalCount).toBe(5);
    expect(connection.edges.map((e) => [cursorToOffset(e.cursor), e.node])).toEqual([
      [2, 'c'],
      [3, 'd'],
    ]);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: connection.edges[0].cursor,
      endCursor: connection.edges[1].cursor,
    });
  });

  it('describes the last page and an empty one', () => {
    expect(connectionFromRows(['e'], 5, 4).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(connectionFromRows([], 0, 0)).toEqual({
      edges: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('continues after the end cursor of the previous page', () => {
    const first = connectionFromRows(['a', 'b'], 5, 0);
    expect(pageWindow({ first: 2, after: first.pageInfo.endCursor! })).toEqual({ offset: 2, limit: 2 });
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
  });
});

describe('ConnectionArgs', () => {
  const errors = (plain: object) => validateSync(plainToInstance(ConnectionArgs, plain)).map((e) => e.property);

  it('defaults first to 20 and allows up to 100', () => {
    expect(plainToInstance(ConnectionArgs, {}).first).toBe(20);
    expect(errors({ first: 100, after: offsetToCursor(3) })).toEqual([]);
  });

  it('refuses more than 100, negatives and non-integers', () => {
    expect(errors({ first: 101 })).toEqual(['first']);
    expect(errors({ first: -1 })).toEqual(['first']);
    expect(errors({ first: 2.5 })).toEqual(['first']);
  });
});
