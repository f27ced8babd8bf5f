import { EmbeddedPostgresError, explainFailedStart } from './embedded-postgres';

describe('explainFailedStart', () => {
  it('reads the cause from the server log: the port, the data directory lock, or what the server said', () => {
    const port = explainFailedStart(
      undefined,
      ['LOG:  could not bind IPv4 address "127.0.0.1": Address already in use', 'FATAL:  could not create any TCP/IP sockets'],
      54991,
      '/d/pg',
    );
    expect(port).toBeInstanceOf(EmbeddedPostgresError);
    expect(port.message).toMatch(/^The embedded PostgreSQL cannot start: port 54991 on 127\.0\.0\.1 \(EMBEDDED_PG_PORT\) is already taken/);

    const lock = explainFailedStart(
      undefined,
      ['FATAL:  lock file "postmaster.pid" already exists', 'HINT:  Is another postmaster (PID 4242) running in data directory "/d/pg"?'],
      1,
      '/d/pg',
    );
    expect(lock.message).toContain('its data directory /d/pg is in use by another PostgreSQL server (PID 4242)');

    const other = explainFailedStart(
      undefined,
      [
        'LOG:  starting PostgreSQL 18',
        'FATAL:  data directory "/d/pg" has invalid permissions',
        'DETAIL:  Permissions should be u=rwx (0700) or u=rwx,g=rx (0750).',
      ],
      1,
      '/d/pg',
    );
    expect(other.message).toBe(
      'The embedded PostgreSQL (port 1, data in /d/pg) did not start: the server exited before it was ready\n' +
        '  FATAL:  data directory "/d/pg" has invalid permissions\n' +
        '  DETAIL:  Permissions should be u=rwx (0700) or u=rwx,g=rx (0750).',
    );
    expect(explainFailedStart(new Error('spawn ENOENT'), [], 1, '/d/pg').message).toBe(
      'The embedded PostgreSQL (port 1, data in /d/pg) did not start: spawn ENOENT',
    );
  });
});
