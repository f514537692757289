// Seeded pseudo-random numbers and the few distributions the generator needs.
// Everything is derived from string keys (`seed|issuer`), so a report's content does not
// depend on which other reports are generated in the same run (--provinces, --limit).

/** 32-bit FNV-1a, then avalanche (murmur3 fmix32). */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A small fast generator (sfc32) with the distributions used below. */
export class Rng {
  /** @param {string} key */
  constructor(key) {
    this.a = hash32(`a|${key}`);
    this.b = hash32(`b|${key}`);
    this.c = hash32(`c|${key}`);
    this.d = hash32(`d|${key}`) | 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    return (t >>> 0) / 4294967296;
  }

  /** Uniform in [lo, hi). */
  uniform(lo, hi) {
    return lo + (hi - lo) * this.next();
  }

  /** Integer in [lo, hi] inclusive. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p) {
    return this.next() < p;
  }

  /** @template T @param {readonly T[]} items @returns {T} */
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted(pairs) {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  }

  normal() {
    // Box–Muller; one value per call keeps the stream simple to reason about.
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** exp(N(log(median), sigma)). */
  lognormal(median, sigma) {
    return median * Math.exp(sigma * this.normal());
  }

  poisson(lambda) {
    if (lambda <= 0) return 0;
    if (lambda > 40) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const l = Math.exp(-lambda);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.next();
    } while (p > l);
    return k - 1;
  }

  binomial(n, p) {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (n <= 40) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.next() < p) k++;
      return k;
    }
    const mean = n * p;
    const sd = Math.sqrt(mean * (1 - p));
    return Math.min(n, Math.max(0, Math.round(mean + sd * this.normal())));
  }

  /** Splits n into parts by the probabilities (they need not sum to 1). */
  multinomial(n, probs) {
    const out = new Array(probs.length).fill(0);
    let left = n;
    let mass = 0;
    for (const p of probs) mass += p;
    for (let i = 0; i < probs.length - 1 && left > 0; i++) {
      const p = mass > 0 ? probs[i] / mass : 0;
      const k = p > 0.999999 ? left : this.binomial(left, p);
      out[i] = k;
      left -= k;
      mass -= probs[i];
    }
    out[probs.length - 1] += left;
    return out;
  }
}
