// A set of 64-bit record keys in one typed array (open addressing, linear probing; each slot holds the key's two
// halves side by side, so a lookup touches one cache line): a million keys take 16 MB and no objects, where a
// Set<bigint> would take several times that and keep the garbage collector busy.
import type { RecordKey } from '../../domain/creation-data/record-key';

export class KeySet {
  /** slots[2i] = hi, slots[2i+1] = lo; (0, 0) marks an empty slot, so the key 0 itself is kept aside. */
  private slots: Int32Array;
  private mask: number;
  private hasZero = false;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** Adds the key; false when it was there already. */
  add(hi: number, lo: number): boolean {
    const h = hi | 0;
    const l = lo | 0;
    if (h === 0 && l === 0) {
      if (this.hasZero) return false;
      this.hasZero = true;
      this.size += 1;
      return true;
    }
    const slots = this.slots;
    let slot = (l ^ Math.imul(h, 0x9e3779b1)) & this.mask;
    for (;;) {
      const at = slot * 2;
      const storedHi = slots[at]!;
      const storedLo = slots[at + 1]!;
      if (storedHi === 0 && storedLo === 0) break;
      if (storedHi === h && storedLo === l) return false;
      slot = (slot + 1) & this.mask;
    }
    slots[slot * 2] = h;
    slots[slot * 2 + 1] = l;
    this.size += 1;
    if (this.size * 2 > this.mask + 1) this.grow();
    return true;
  }

  addKey(key: RecordKey): boolean {
    return this.add(key.hi, key.lo);
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    this.size = this.hasZero ? 1 : 0;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] !== 0 || old[i + 1] !== 0) this.add(old[i]!, old[i + 1]!);
    }
  }
}
