import type { RecordedEvent } from './types';

/** Turns the data of `type` at `fromVersion` into the shape of `fromVersion + 1`. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown, event: RecordedEvent): unknown;
}

/** Applied on every read (aggregate loads and consumers alike); stored events never change. */
export class Upcasters {
  private readonly byKey = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const u of upcasters) {
      const key = `${u.type}@${u.fromVersion}`;
      if (this.byKey.has(key)) throw new Error(`Two upcasters for ${key}`);
      this.byKey.set(key, u);
    }
  }

  apply(event: RecordedEvent): RecordedEvent {
    if (this.byKey.size === 0) return event;
    let current = event;
    for (let u = this.byKey.get(`${current.type}@${current.schemaVersion}`); u; u = this.byKey.get(`${current.type}@${current.schemaVersion}`)) {
      const schemaVersion = current.schemaVersion + 1;
      current = { ...current, data: u.upcast(current.data, current), schemaVersion, metadata: { ...current.metadata, schemaVersion } };
    }
    return current;
  }
}
