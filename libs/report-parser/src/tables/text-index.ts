import { normaliseLabel } from './groups.js';
import type { Token } from './tokens.js';

/** The normalised text of all text tokens, searchable, with a way back to token indices. */
export class TextIndex {
  private readonly text: string;
  /** For each character of `text`, the index of the token it came from. */
  private readonly tokenAt: number[] = [];

  constructor(tokens: readonly Token[]) {
    let text = '';
    tokens.forEach((token, index) => {
      if (token.kind !== 'text') return;
      const normalised = normaliseLabel(token.raw);
      text += normalised;
      for (let i = 0; i < normalised.length; i++) this.tokenAt.push(index);
    });
    this.text = text;
  }

  /** Character offset of the first character of token `index` or later. */
  private offsetOf(tokenIndex: number): number {
    let lo = 0;
    let hi = this.tokenAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokenAt[mid] ?? 0) < tokenIndex) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Token indices where `pattern` matches, in [from, to) token range. */
  matches(pattern: RegExp, from = 0, to = Number.POSITIVE_INFINITY): { token: number; offset: number; text: string }[] {
    const start = this.offsetOf(from);
    const end = Number.isFinite(to) ? this.offsetOf(to) : this.text.length;
    const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
    const global = new RegExp(pattern.source, flags);
    const slice = this.text.slice(start, end);
    return [...slice.matchAll(global)].map((m) => ({
      token: this.tokenAt[start + m.index] ?? 0,
      offset: start + m.index,
      text: this.text.slice(start + m.index, start + m.index + 300),
    }));
  }

  /** Normalised text from character `offset` up to token `to`. */
  textFrom(offset: number, to: number): string {
    return this.text.slice(offset, this.offsetOf(to));
  }

  first(pattern: RegExp, from = 0, to = Number.POSITIVE_INFINITY): number | null {
    return this.matches(pattern, from, to)[0]?.token ?? null;
  }
}
