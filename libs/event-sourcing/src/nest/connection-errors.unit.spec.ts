import { isConnectionError } from '@pfp/kernel';

describe('isConnectionError: which consumer failures are restarted once the database is back', () => {
  const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

  it.each([
    ['refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['admin shutdown', withCode('terminating connection due to administrator command', '57P01')],
    ['starting up', withCode('the database system is starting up', '57P03')],
    ['connection exception class', withCode('connection failure', '08006')],
    ['pg client', new Error('Connection terminated unexpectedly')],
    ['TypeORM wrapping', Object.assign(new Error('query failed'), { driverError: withCode('x', 'ECONNRESET') })],
    ['the connection lost between two queries of a transaction', new Error('Query runner already released. Cannot run queries anymore.')],
    [
      'the same, through the manager',
      new Error('Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.'),
    ],
  ])('restarts after %s', (_, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    ['a handler bug', new TypeError("Cannot read properties of undefined (reading 'title')")],
    ['a constraint violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a missing table', withCode('relation "x" does not exist', '42P01')],
    ['not an error', 'ECONNREFUSED'],
  ])('stays stopped after %s', (_, error) => {
    expect(isConnectionError(error)).toBe(false);
  });
});
