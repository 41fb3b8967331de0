/**
 * A seeded random source and the vocabulary of the benchmark corpus: the same seed gives the same
 * files, byte for byte, on every machine.
 */

/** A deterministic random source (mulberry32). */
export class Rng {
  private state: number;

  public constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  public next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  public int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  public chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a list. */
  public pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** `n` distinct elements of a list, in list order. */
  public some<T>(list: readonly T[], n: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(n, list.length)) chosen.add(Math.floor(this.next() * list.length));
    return [...chosen].sort((a, b) => a - b).map(i => list[i]);
  }

  /** Lowercase hex digits. */
  public hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(0, 15)];
    return s;
  }

  /** Base64 text of `bytes` random bytes. */
  public base64(bytes: number): string {
    const buf = Buffer.alloc(bytes);
    for (let i = 0; i < bytes; i++) buf[i] = this.int(0, 255);
    return buf.toString('base64');
  }

  /** A sentence of `words` words from the vocabulary, capitalized, with a full stop. */
  public sentence(words: number): string {
    const out: string[] = [];
    for (let i = 0; i < words; i++) out.push(this.pick(WORDS));
    const s = out.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  }

  /** A paragraph of `sentences` sentences. */
  public prose(sentences: number): string {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) out.push(this.sentence(this.int(6, 18)));
    return out.join(' ');
  }
}

/** Words for descriptions and comments. */
export const WORDS: readonly string[] = (
  'the a of to and is for this that when field value if set by be in on controller resource object which must ' +
  'will used specifies not default as an defines name reference optional list each key from with are it may ' +
  'secret endpoint policy template status condition observed generation replicas selector label annotation ' +
  'namespace cluster scope interval timeout retry backoff duration certificate issuer domain route gateway ' +
  'listener port protocol address weight match header path prefix exact regex mirror fault delay abort ' +
  'bucket region storage class volume snapshot schedule retention window metric threshold alert rule group ' +
  'receiver target scrape relabel sample limit shard queue consumer topic partition offset broker tenant'
).split(' ');

/** Teams of the platform: each is a namespace. */
export const TEAMS: readonly string[] = ['payments', 'checkout', 'catalog', 'search', 'identity', 'billing', 'shipping', 'growth', 'ledger', 'media'];

/** Parts of service names. */
export const NOUNS: readonly string[] = [
  'api',
  'worker',
  'gateway',
  'indexer',
  'scheduler',
  'notifier',
  'exporter',
  'importer',
  'resolver',
  'renderer',
  'router',
  'broker',
  'cache',
  'store',
  'auditor',
  'planner',
];

/** Words that qualify a service name. */
export const ADJECTIVES: readonly string[] = [
  'order',
  'cart',
  'price',
  'stock',
  'user',
  'token',
  'invoice',
  'parcel',
  'promo',
  'asset',
  'review',
  'quote',
  'refund',
  'rate',
];
