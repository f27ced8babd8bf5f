const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

/**
 * The database or event store was unreachable or went away, as opposed to a handler bug or bad
 * data. TypeORM releases a transaction's query runner when its connection fails between two
 * queries: the next one then throws "Query runner already released", the connection's failure only an event.
 */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  const cause = (error as { driverError?: unknown; cause?: unknown }).driverError ?? (error as { cause?: unknown }).cause;
  if (cause && cause !== error && isConnectionError(cause)) return true;
  return /Connection terminated|connect ECONNREFUSED|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error|timeout exceeded when trying to connect|UnavailableError|query runner (was )?already released/i.test(
    error.message,
  );
}
