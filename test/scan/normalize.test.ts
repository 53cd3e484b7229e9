import { describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_POLICY, normalizeText, scanText } from '../../src/scan/index.js';

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

describe('direction marks in right-to-left text', () => {
  // Arabic UI text: a right-to-left mark before a Latin name, an embedding around a quote.
  const ARABIC = 'تعذّر فتح الملف \u200fREADME \u202a\'<\'\u202c ثم حاول مرة أخرى \u200fgdk-pixbuf';

  it('are stripped and counted as bidi-mark, not as hidden bidi controls', () => {
    const r = normalizeText(ARABIC);
    expect(r.text).not.toMatch(/[\u200f\u202a\u202c]/);
    expect(r.hidden).toEqual({ 'bidi-mark': 4 });
  });

  it('add no hidden-text evidence there, while the same marks in English text do', () => {
    expect(scanText(ARABIC, DEFAULT_SCAN_POLICY).verdict).toBe('pass');
    const english = 'Open the file \u200fREADME \u202a\'<\'\u202c then try again \u200fgdk-pixbuf';
    const scan = scanText(english, DEFAULT_SCAN_POLICY);
    expect(scan.hidden).toEqual({ bidi: 4 });
    expect(scan.verdict).toBe('flag');
  });

  it('still count an override (it reorders what a reader sees in any script) as bidi', () => {
    const r = normalizeText(`${ARABIC} \u202e`);
    expect(r.hidden).toEqual({ 'bidi-mark': 4, bidi: 1 });
  });
});
