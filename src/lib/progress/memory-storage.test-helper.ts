/** An in-memory Storage for the store's tests, with switches for the failures browsers have. */
import type { StorageLike } from './progress-store.ts';

export class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  /** Writes throw QuotaExceededError (true), or once the stored characters would exceed this number. */
  failWrites: boolean | number = false;
  failReads = false;
  getItem(key: string) {
    if (this.failReads) throw new DOMException('blocked', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), key.length + value.length);
    if (this.failWrites === true || (typeof this.failWrites === 'number' && used > this.failWrites)) {
      throw new DOMException('full', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  get length() {
    return this.items.size;
  }
}
