import { INestApplication, Logger, Module } from '@nestjs/common';
import { Args, Field, InputType, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { loadConfig } from '@pfp/config';
import { ConflictError, DomainError, NotFoundError } from '@pfp/kernel';
import { createTestDatabase, TestDatabase } from '@pfp/testing';
import { IsString, MinLength } from 'class-validator';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { startApp } from './create-app';

class CreateProbe1764400000001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE probe (id serial PRIMARY KEY, title text NOT NULL)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE probe');
  }
}

@InputType()
class ProbeInput {
  @Field()
  @IsString()
  @MinLength(3)
  title!: string;
}

class ConcurrencyError extends DomainError {
  constructor() {
    super('EVENT_STORE.WRONG_EXPECTED_REVISION', 'Expected revision 1, the stream is at 2.', 'CONFLICT');
  }
}

@Resolver()
class ProbeResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => Int)
  probes(): Promise<number> {
    return this.dataSource.query('SELECT count(*)::int AS n FROM probe').then((rows: { n: number }[]) => rows[0].n);
  }

  @Mutation(() => Int)
  addProbe(@Args('input') input: ProbeInput): Promise<number> {
    return this.dataSource.query('INSERT INTO probe (title) VALUES ($1) RETURNING id', [input.title]).then((rows: { id: number }[]) => rows[0].id);
  }

  @Query(() => Int, { nullable: true })
  fail(@Args('how') how: string): number {
    if (how === 'notFound') throw new NotFoundError('PROBE.NOT_FOUND', 'No such probe.');
    if (how === 'conflict') throw new ConflictError('PROBE.DUPLICATE', 'Already there.');
    if (how === 'concurrency') throw new ConcurrencyError();
    throw new Error('connection to 10.0.0.3 refused, password=hunter2');
  }
}

@Module({ providers: [ProbeResolver] })
class ProbeModule {}

describe('API error mapping and feature plumbing (real app)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let url: string;
  const logged: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('api');
    const config = { ...loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'e2e-secret' }), databaseUrl: database.url, port: 0 };
    ({ app, url } = await startApp(config, [{ module: ProbeModule, migrations: [CreateProbe1764400000001] }]));
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await app?.close();
    await database?.drop();
  });

  const post = async (query: string, variables?: object) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions: Record<string, unknown> }[] };
  };

  it('runs the feature migrations at boot and writes through TypeORM', async () => {
    expect(await post('mutation { addProbe(input: { title: "Remittances" }) }')).toEqual({ data: { addProbe: 1 } });
    expect(await post('{ probes }')).toEqual({ data: { probes: 1 } });
  });

  it('maps a class-validator refusal to BAD_USER_INPUT with the fields, and writes nothing', async () => {
    const body = await post('mutation { addProbe(input: { title: "ab" }) }');
    expect(body.errors?.[0]).toMatchObject({
      message: 'The input is not valid.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', fields: { title: 'title must be longer than or equal to 3 characters' } },
    });
    expect(await post('{ probes }')).toEqual({ data: { probes: 1 } });
  });

  it.each([
    ['notFound', 'NOT_FOUND', 'PROBE.NOT_FOUND'],
    ['conflict', 'CONFLICT', 'PROBE.DUPLICATE'],
    ['concurrency', 'CONFLICT', 'EVENT_STORE.WRONG_EXPECTED_REVISION'],
  ])('maps a %s domain error to %s', async (how, code, reason) => {
    const body = await post('query ($how: String!) { fail(how: $how) }', { how });
    expect(body.errors?.[0].extensions).toEqual({ code, reason });
  });

  it('hides an unexpected error behind a generic message and logs it with its stack', async () => {
    const body = await post('{ fail(how: "boom") }');
    expect(body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(logged.some((line) => line.includes('hunter2') && line.includes('ProbeResolver.fail'))).toBe(true);
  });
});
