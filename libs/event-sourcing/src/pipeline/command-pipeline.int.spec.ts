import { Module } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { EventStore } from '@pfp/event-store';
import type { Actor, Aggregate, Command } from '@pfp/kernel';
import { allow, deny, requireSignIn, all } from '@pfp/kernel';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { EventSourcingModule } from '../nest/event-sourcing.module';
import { Projections } from '../nest/projections';
import { EVENT_STORE } from '../nest/tokens';
import { documentProjection } from '../projections/document-projection';
import { aggregateCommands, MultiStreamCommands } from './command-pipeline';

type NoteEvent = { type: 'NoteWritten'; data: { text: string; by: string } } | { type: 'NoteAmended'; data: { text: string } };
type NoteCommand = Command<'WriteNote', { text: string }> | Command<'AmendNote', { text: string }>;
type NoteState = { status: 'NONE' } | { status: 'WRITTEN'; by: string; text: string };

const notes: Aggregate<NoteState, NoteCommand, NoteEvent> = {
  category: 'note',
  initialState: () => ({ status: 'NONE' }),
  policies: {
    WriteNote: (actor) => requireSignIn(actor),
    AmendNote: (actor, state) =>
      all(requireSignIn(actor), () => (state.status === 'WRITTEN' && state.by !== actor?.organizationId ? deny('NOTE.NOT_AUTHOR', 'not yours') : allow())),
  },
  decide(command, state) {
    if (command.type === 'WriteNote')
      return state.status === 'NONE' ? [{ type: 'NoteWritten', data: { text: command.data.text, by: command.actor!.organizationId } }] : [];
    return [{ type: 'NoteAmended', data: { text: command.data.text } }];
  },
  evolve(state, event) {
    return event.type === 'NoteWritten'
      ? { status: 'WRITTEN', by: event.data.by, text: event.data.text }
      : state.status === 'WRITTEN'
        ? { ...state, text: event.data.text }
        : state;
  },
};

const noteTexts = documentProjection<{ text: string }, NoteEvent>({
  name: 'note-texts',
  table: 'note_texts',
  category: 'note',
  handlers: { NoteWritten: (_d, e) => ({ text: e.data.text }), NoteAmended: (d, e) => (d ? { text: e.data.text } : null) },
});

const Notes = aggregateCommands(notes, { readModels: ['note-texts'] });

@Module({ providers: [Notes.Handler] })
class NotesModule {}

const mexico: Actor = { accountId: 'acc-mx', organizationId: 'org-mx', organizationKind: 'STATE', role: 'MEMBER', country: 'MEX' };
const honduras: Actor = { accountId: 'acc-hn', organizationId: 'org-hn', organizationKind: 'STATE', role: 'MEMBER', country: 'HND' };
const AT = new Date('2011-12-01T09:30:00.000Z');

describe('the command pipeline on the CommandBus (PostgreSQL)', () => {
  let db: TestDatabase;
  let close: () => Promise<void>;
  let bus: CommandBus;
  let store: EventStore;
  let dataSource: DataSource;
  let multi: MultiStreamCommands;

  beforeAll(async () => {
    db = await createTestDatabase('pipeline');
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({ type: 'postgres', url: db.url }),
        EventSourcingModule.forRoot({ databaseUrl: db.url, pollIntervalMs: 50, readYourWritesTimeoutMs: 5000, clock: { now: () => AT } }),
        NotesModule,
      ],
    }).compile();
    dataSource = moduleRef.get(DataSource);
    await dataSource.query(`CREATE TABLE note_texts (id text PRIMARY KEY, revision int NOT NULL, doc jsonb NOT NULL)`);
    moduleRef.get(Projections).register(noteTexts);
    const app = moduleRef.createNestApplication();
    await app.init();
    bus = moduleRef.get(CommandBus);
    store = moduleRef.get(EVENT_STORE);
    multi = moduleRef.get(MultiStreamCommands);
    close = () => app.close();
  });
  afterAll(async () => {
    await close();
    await db.drop();
  });

  const id = (n: number) => `note-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

  it('decides, appends with one metadata shape from the injected clock, and returns once the read model has it', async () => {
    const outcome = await bus.execute(new Notes.Command(id(1), { type: 'WriteNote', data: { text: 'Diaspora handbook' } }, mexico));
    expect(outcome).toMatchObject({ revision: 0, state: { status: 'WRITTEN', by: 'org-mx' } });
    // read-your-writes: no waiting in the test, the read model already has it
    expect(await dataSource.query(`SELECT doc FROM note_texts WHERE id = $1`, [id(1)])).toEqual([{ doc: { text: 'Diaspora handbook' } }]);
    const [event] = await store.readStream(id(1));
    expect(event.metadata).toMatchObject({ actor: { accountId: 'acc-mx', organizationId: 'org-mx' }, occurredAt: AT.toISOString() });
    expect(event.metadata.causationId).toBe(event.metadata.commandId);
    expect(event.metadata.correlationId).toBe(event.metadata.commandId);
  });

  it('refuses by policy with the policy code and writes nothing', async () => {
    await bus.execute(new Notes.Command(id(2), { type: 'WriteNote', data: { text: 'a' } }, mexico));
    await expect(bus.execute(new Notes.Command(id(2), { type: 'AmendNote', data: { text: 'b' } }, honduras))).rejects.toMatchObject({
      code: 'NOTE.NOT_AUTHOR',
      kind: 'FORBIDDEN',
    });
    await expect(bus.execute(new Notes.Command(id(2), { type: 'AmendNote', data: { text: 'b' } }, null))).rejects.toMatchObject({ kind: 'UNAUTHENTICATED' });
    expect(await store.readStream(id(2))).toHaveLength(1);
  });

  it('a stale client revision is a CONFLICT, not retried', async () => {
    await bus.execute(new Notes.Command(id(3), { type: 'WriteNote', data: { text: 'a' } }, mexico));
    await bus.execute(new Notes.Command(id(3), { type: 'AmendNote', data: { text: 'b' } }, mexico, { expectedRevision: 0 }));
    await expect(bus.execute(new Notes.Command(id(3), { type: 'AmendNote', data: { text: 'c' } }, mexico, { expectedRevision: 0 }))).rejects.toMatchObject({
      name: 'ConcurrencyError',
    });
    expect(await store.readStream(id(3))).toHaveLength(2);
  });

  it('a command across two streams writes both in one transaction, or neither', async () => {
    const steps = [
      { aggregate: notes as never, streamName: id(10) },
      { aggregate: notes as never, streamName: id(11) },
    ];
    await multi.execute(
      steps,
      () => [
        { type: 'WriteNote', data: { text: 'call' } },
        { type: 'WriteNote', data: { text: 'project' } },
      ],
      mexico,
      { readModels: ['note-texts'] },
    );
    expect((await dataSource.query(`SELECT id FROM note_texts WHERE id = ANY($1) ORDER BY id`, [[id(10), id(11)]])).length).toBe(2);
    // the second stream is stale (its author is Mexico): Honduras's amendment of both is refused whole
    await expect(
      multi.execute(
        [{ aggregate: notes as never, streamName: id(12) }, steps[1]],
        () => [
          { type: 'WriteNote', data: { text: 'new' } },
          { type: 'AmendNote', data: { text: 'x' } },
        ],
        honduras,
        { readModels: [] },
      ),
    ).rejects.toMatchObject({ code: 'NOTE.NOT_AUTHOR' });
    expect(await store.readStream(id(12))).toEqual([]);
    await expect(
      multi.execute(
        [
          { aggregate: notes as never, streamName: id(13) },
          { ...steps[1], expectedRevision: 5 },
        ],
        () => [
          { type: 'WriteNote', data: { text: 'new' } },
          { type: 'AmendNote', data: { text: 'x' } },
        ],
        mexico,
        { readModels: [] },
      ),
    ).rejects.toMatchObject({ name: 'ConcurrencyError' });
    expect(await store.readStream(id(13))).toEqual([]);
  });
});
