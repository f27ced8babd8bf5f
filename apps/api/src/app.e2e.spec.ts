import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { loadConfig } from '@pfp/config';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startApp } from './create-app';
import { printSchemaFile } from './schema';

describe('API (real app, real HTTP, real database)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    database = await createTestDatabase('api');
    const config = { ...loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'e2e-secret' }), databaseUrl: database.url, port: 0 };
    ({ app, url } = await startApp(config));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const post = async (query: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] },
    };
  };

  it('answers { __typename } over HTTP', async () => {
    const { status, body } = await post('{ __typename }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers apiVersion', async () => {
    const { body } = await post('{ apiVersion }');
    expect(body).toEqual({ data: { apiVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) } });
  });

  it('refuses an unknown field with GRAPHQL_VALIDATION_FAILED and no stack trace', async () => {
    const { body } = await post('{ noSuchField }');
    expect(body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  });

  it('leaves unknown API routes to Nest (404 JSON, not a GraphQL error, not the site)', async () => {
    const response = await fetch(url.replace('/graphql', '/export/no-such-export'));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404 });
  });

  it('accepts graphql-ws connections on the same path', async () => {
    let client: Client | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        client = createClient({
          url: url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          lazy: false,
          retryAttempts: 0,
          on: { connected: () => resolve(), error: reject, closed: (event) => reject(new Error(`closed: ${JSON.stringify(event)}`)) },
        });
      });
    } finally {
      await client?.dispose();
    }
  });

  it('serves the schema committed in schema.graphql', () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8');
    const served = printSchemaFile(app.get(GraphQLSchemaHost).schema);
    expect(served).toEqual(committed);
  });
});
