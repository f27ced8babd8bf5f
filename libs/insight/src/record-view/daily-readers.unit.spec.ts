import { DailyReaders } from './daily-readers';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const PRACTICE = 'practice-6f1c2b1e-5b8e-4c59-9d7a-1a2b3c4d5e6f';
const CALL = 'callForAction-6f1c2b1e-5b8e-4c59-9d7a-1a2b3c4d5e6f';

describe('DailyReaders', () => {
  it('counts a reader once per item and day, another reader, item or day again', () => {
    const readers = new DailyReaders();
    expect(readers.firstToday('2026-12-02', PRACTICE, '203.0.113.7', CHROME)).toBe('first');
    expect(readers.firstToday('2026-12-02', PRACTICE, '203.0.113.7', CHROME)).toBe('seen');
    expect(readers.firstToday('2026-12-02', CALL, '203.0.113.7', CHROME)).toBe('first');
    expect(readers.firstToday('2026-12-02', PRACTICE, '203.0.113.8', CHROME)).toBe('first');
    expect(readers.firstToday('2026-12-02', PRACTICE, '203.0.113.7', `${CHROME} Edg/131.0.0.0`)).toBe('first');
    expect(readers.firstToday('2026-12-03', PRACTICE, '203.0.113.7', CHROME)).toBe('first');
    // a new day forgets the old one: only today's pair is held
    expect(readers.size).toBe(1);
  });

  it('stops counting once the day’s set is full, and counts again the next day', () => {
    const readers = new DailyReaders(2);
    expect(readers.firstToday('2026-12-02', PRACTICE, '203.0.113.1', CHROME)).toBe('first');
    expect(readers.firstToday('2026-12-02', PRACTICE, '203.0.113.2', CHROME)).toBe('first');
    expect(readers.firstToday('2026-12-02', PRACTICE, '203.0.113.3', CHROME)).toBe('full');
    expect(readers.firstToday('2026-12-03', PRACTICE, '203.0.113.3', CHROME)).toBe('first');
  });

  it('holds hashes only: no address or user agent is in what it keeps', () => {
    const readers = new DailyReaders();
    readers.firstToday('2026-12-02', PRACTICE, '203.0.113.7', CHROME);
    const kept = JSON.stringify([...(readers as unknown as { seen: Set<string> }).seen]);
    expect(kept).not.toContain('203.0.113.7');
    expect(kept).not.toContain('Chrome');
    expect(kept).not.toContain(PRACTICE);
  });
});
