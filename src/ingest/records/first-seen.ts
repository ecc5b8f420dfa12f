// "Was this string seen before, and first with what?" for every row of an export: respondent
// ids (each must be unique) and community identities (a repeat is a second submission).
// A Map does this job, but on a 100,000-row export its inserts were ~45 ms each time
// (rehashing as it grows, a write barrier per entry), a visible part of
// `npm run bench -- ingest` (target: within 4× the floor). This table is sized once from
// the number of rows and stores small integers; ~20 ms for the same work.

/**
 * An open-addressing hash table (linear probing, FNV-1a over UTF-16 code units) from
 * strings to the value given when each was first seen. Grows by doubling when more
 * strings arrive than `expected` said, so the size is a hint, never a limit.
 */
export class FirstSeen<V> {
  private slots: Int32Array;
  private mask: number;
  private readonly keys: string[] = [];
  private readonly values: V[] = [];

  /** `expected`: about how many distinct strings will be added (the number of rows) */
  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /**
   * The value `key` was first seen with; `undefined` when it is new, and then it is
   * remembered with `value`.
   */
  firstOr(key: string, value: V): V | undefined {
    const slot = this.find(key);
    const k = this.slots[slot]!;
    if (k >= 0) return this.values[k];
    this.slots[slot] = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    if (this.keys.length * 2 > this.slots.length) this.grow();
    return undefined;
  }

  /** the slot holding `key`, or the empty slot where it would go */
  private find(key: string): number {
    let p = hash(key) & this.mask;
    for (;;) {
      const k = this.slots[p]!;
      if (k < 0 || this.keys[k] === key) return p;
      p = (p + 1) & this.mask;
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let k = 0; k < this.keys.length; k++) this.slots[this.find(this.keys[k]!)] = k;
  }
}

/** FNV-1a (Fowler–Noll–Vo, 32-bit) over the string's code units */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
