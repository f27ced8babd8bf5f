import { Logger } from '@nestjs/common';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * One window per key: counts a hit, and past `limit` blocks the key for `blockMs` (the hits
 * start afresh after the block). KEYS: hits, block; ARGV: ttlMs, limit, blockMs.
 * Returns hits, the window's ms left, blocked (0/1), the block's ms left.
 */
const INCREMENT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or '0'), math.max(redis.call('PTTL', KEYS[1]), 0), 1, blockLeft}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local windowLeft = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) and tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return {hits, windowLeft, 1, tonumber(ARGV[3])}
end
if hits > tonumber(ARGV[2]) then return {hits, windowLeft, 1, windowLeft} end
return {hits, windowLeft, 0, 0}
`;

type RedisWithIncrement = Redis & { throttlerIncrement(hits: string, block: string, ttlMs: number, limit: number, blockMs: number): Promise<number[]> };

/**
 * Rate-limit counters in Redis (REDIS_URL), shared by every API process, so that N processes
 * do not allow N times the limit. `@nest-lab/throttler-storage-redis` peers Nest up to 11, so
 * this is ours (ioredis is already the live fan-out's client). While Redis cannot be reached,
 * each process counts in its own memory instead: limits stay on, per process.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimits');
  private readonly redis: RedisWithIncrement;
  private readonly fallback = new ThrottlerStorageService();
  private lastWarning = 0;

  constructor(
    url: string,
    private readonly prefix = 'pfp:throttle:',
  ) {
    // No offline queue: a request never waits on a Redis that is away, it falls back at once.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false }) as RedisWithIncrement;
    this.redis.on('error', (error: Error) => this.warn(error));
    this.redis.defineCommand('throttlerIncrement', { numberOfKeys: 2, lua: INCREMENT });
  }

  /** Waits (at most `timeoutMs`) for the connection, so that the first requests count in Redis too; never throws. */
  async ready(timeoutMs = 5_000): Promise<this> {
    if (this.redis.status === 'ready') return this;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      this.redis.once('ready', done);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    });
    return this;
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    try {
      const [totalHits, windowLeft, blocked, blockLeft] = await this.redis.throttlerIncrement(
        `${this.prefix}${throttlerName}:${key}`,
        `${this.prefix}${throttlerName}:${key}:blocked`,
        Math.max(1, Math.round(ttl)),
        limit,
        Math.max(0, Math.round(blockDuration)),
      );
      return { totalHits, timeToExpire: Math.ceil(windowLeft / 1000), isBlocked: blocked === 1, timeToBlockExpire: Math.ceil(blockLeft / 1000) };
    } catch (error) {
      this.warn(error as Error);
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  async close(): Promise<void> {
    this.fallback.onApplicationShutdown();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private warn(error: Error): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(`Redis unreachable for rate limits (${error.message}): counting in this process's memory meanwhile`);
  }
}
