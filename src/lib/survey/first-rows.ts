// Remembers the row where each respondent id first appeared, to name both rows of a
// duplicate. A flat open-addressing table with the hash stored beside the row: a Map
// holding 100,000 ids misses the CPU cache several times per lookup, this about once.
export class FirstRows {
  private hashes = new Int32Array(1024);
  private rows = new Int32Array(1024);
  private ids: string[] = new Array(1024);
  private size = 0;

  /**
   * The first row `id` was seen in, or -1 when it is new (it is then remembered as seen in `row`).
   * Rows are spreadsheet row numbers, ≥ 1: 0 marks an empty slot.
   */
  claim(id: string, row: number): number {
    if (this.size * 2 >= this.rows.length) this.grow();
    const h = hash(id);
    const mask = this.rows.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const r = this.rows[slot]!;
      if (r === 0) {
        this.hashes[slot] = h;
        this.rows[slot] = row;
        this.ids[slot] = id;
        this.size++;
        return -1;
      }
      if (this.hashes[slot] === h && this.ids[slot] === id) return r;
    }
  }

  private grow(): void {
    const { hashes, rows, ids } = this;
    const capacity = rows.length * 2;
    this.hashes = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.ids = new Array(capacity);
    const mask = capacity - 1;
    for (let old = 0; old < rows.length; old++) {
      if (rows[old] === 0) continue;
      let slot = hashes[old]! & mask;
      while (this.rows[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[old]!;
      this.rows[slot] = rows[old]!;
      this.ids[slot] = ids[old]!;
    }
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
