import { ValidationError } from '@pfp/kernel';
import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } from 'graphql';
import { DateTimeArg, StrictDateTime, TextArg } from './input-validators';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      at: { type: GraphQLString, args: { when: { type: StrictDateTime } }, resolve: (_root, args: { when?: Date }) => args.when?.toISOString() ?? null },
    },
  }),
});

const run = (when: unknown) => graphql({ schema, source: 'query($when: DateTime) { at(when: $when) }', variableValues: { when } });

describe('StrictDateTime', () => {
  it('takes an ISO 8601 date-time that exists', async () => {
    expect((await run('2011-12-01T09:00:00+01:00')).data).toEqual({ at: '2011-12-01T08:00:00.000Z' });
    expect((await graphql({ schema, source: '{ at(when: "2011-02-28T23:59:59.5Z") }' })).data).toEqual({ at: '2011-02-28T23:59:59.500Z' });
  });

  it.each([['2011-02-30T00:00:00Z'], ['2011-02-28'], ['yesterday'], [1322730000000], [['2011-12-01T09:00:00Z']]])(
    'refuses %p as BAD_USER_INPUT',
    async (when) => {
      const result = await run(when);
      expect(result.errors?.[0]?.message).toMatch(/DateTime must be an ISO 8601 date-time/);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    },
  );

  it('refuses an impossible literal', async () => {
    const result = await graphql({ schema, source: '{ at(when: "2011-02-30T00:00:00Z") }' });
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('argument pipes', () => {
  it('DateTimeArg refuses an Invalid Date, naming the argument', () => {
    expect(() => new DateTimeArg('asOf').transform(new Date('nonsense'))).toThrow(ValidationError);
    expect(new DateTimeArg('asOf').transform(null)).toBeNull();
  });

  it('TextArg refuses NUL, naming the argument', () => {
    try {
      new TextArg('search', { max: 10 }).transform('a\u0000');
      throw new Error('not refused');
    } catch (error) {
      expect((error as ValidationError).fields).toEqual({ search: 'must not contain control characters (U+0000)' });
    }
  });
});
