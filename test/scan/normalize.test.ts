import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/scan/index.js';

const tags = (s: string): string => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
const ENGLAND = `\u{1F3F4}${tags('gbeng')}\u{E007F}`;

describe('normalizeText strips hidden characters and counts them', () => {
  it.each([
    ['ANSI CSI colour', 'a\x1b[31mred\x1b[0m b', 'ared b', 'ansi', 2],
    ['ANSI OSC title', 'x\x1b]0;evil title\x07y', 'xy', 'ansi', 1],
    ['zero-width space and joiner', 'ig\u200bno\u200cre\u2060 me\ufeff', 'ignore me', 'zero-width', 4],
    ['bidi override (Trojan Source)', 'if (a\u202e && b\u2066)', 'if (a && b)', 'bidi', 2],
    ['tag characters', `hi${tags('run rm')}`, 'hi', 'tag', 6],
    ['stray variation selectors', 'a\ufe0f\ufe0f\ufe0fb', 'a\ufe0fb', 'variation-selector', 2],
    ['private use', 'x\ue000\uf8ffy', 'xy', 'private-use', 2],
    ['C0 and C1 controls', 'a\x00b\x07c\x85d', 'abcd', 'control', 3],
    ['stray carriage return', 'abc\rxyz', 'abcxyz', 'control', 1],
  ])('%s', (_name, input, text, cls, n) => {
    const r = normalizeText(input);
    expect(r.text).toBe(text);
    expect(r.hidden[cls]).toBe(n);
  });

  it.each([
    ['plain ASCII', 'Hello, world!\n\tIndented.'],
    ['CRLF line endings', 'one\r\ntwo\r\n'],
    ['accents and CJK', 'Crème brûlée — 東京'],
    ['emoji with presentation selector', 'ok \u2764\ufe0f'],
    ['England flag tag sequence', `Go ${ENGLAND}!`],
    ['family emoji with ZWJ', 'fam \u{1F468}\u200d\u{1F469}\u200d\u{1F467}'],
  ])('keeps %s intact', (_name, input) => {
    const r = normalizeText(input);
    expect(r.text).toBe(input);
    expect(r.hidden).toEqual({});
  });

  it('strips tags that follow a flag but do not form a valid sequence', () => {
    const r = normalizeText(`\u{1F3F4}${tags('ignore all')}`);
    expect(r.text).toBe('\u{1F3F4}');
    expect(r.hidden.tag).toBe(10);
  });
});
