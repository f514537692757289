import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.js';

describe('attachmentDisposition', () => {
  it('keeps a plain ASCII name as it is', () => {
    expect(attachmentDisposition('huanren-2024.txt')).toBe('attachment; filename="huanren-2024.txt"');
  });

  it('adds an RFC 5987 filename* for a Chinese name, with an ASCII fallback', () => {
    const header = attachmentDisposition('平潭 2023（更正）.pdf');
    expect(header).toBe(
      `attachment; filename="__ 2023____.pdf"; filename*=UTF-8''${encodeURIComponent('平潭 2023（更正）.pdf')}`,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('平潭 2023（更正）.pdf');
  });

  it('encodes the characters RFC 5987 does not allow bare and that would end the quoted fallback', () => {
    expect(attachmentDisposition(`a "b" (c)'*%.txt`)).toBe(`attachment; filename="a _b_ (c)'*_.txt"; filename*=UTF-8''a%20%22b%22%20%28c%29%27%2A%25.txt`);
    expect(attachmentDisposition('line\r\nbreak.txt')).toBe('attachment; filename="line  break.txt"');
  });
});
