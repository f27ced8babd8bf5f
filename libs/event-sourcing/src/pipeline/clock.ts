/** The one source of `at` for commands and `occurredAt` for events; tests inject their own. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('pfp.CLOCK');

export const systemClock: Clock = { now: () => new Date() };
