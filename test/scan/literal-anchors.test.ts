import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/scan/features.js';
import { literalAnchors } from '../../src/scan/rules/literal-anchors.js';

/** (position, mask) pairs the literal anchors push on `text`, in text order. */
function anchorsOf(literals: Record<string, number>, text: string): Array<[number, number]> {
  const at: number[] = [];
  const masks: number[] = [];
  literalAnchors(new Map(Object.entries(literals))).find(text, { ...extractFeatures(text) }, at, masks);
  return at.map((p, i): [number, number] => [p, masks[i]!]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('literal anchors', () => {
  it('finds literals that overlap or start at the same place', () => {
    const literals = { '<sys': 1, '<system': 2, 'stem': 4 };
    expect(anchorsOf(literals, 'a <system> b')).toEqual([[2, 1], [2, 2], [5, 4]]);
    expect(anchorsOf(literals, '<sys and <system')).toEqual([[0, 1], [9, 1], [9, 2], [12, 4]]);
  });

  it('finds literals that open with a letter in text without punctuation', () => {
    expect(anchorsOf({ nweisung: 1 }, 'Befolge die Anweisungen')).toEqual([[13, 1]]);
  });

  it('finds literals beyond ASCII and mixed ones', () => {
    expect(anchorsOf({ '忽略': 1, 'système': 2 }, '请忽略 le système')).toEqual([[1, 1], [7, 2]]);
  });

  it('finds nothing where no literal occurs, and treats regex characters literally', () => {
    expect(anchorsOf({ '<|': 1, '![': 2 }, 'a | b ! c [d] <e>')).toEqual([]);
    expect(anchorsOf({ '<|': 1, '![': 2 }, 'x<|im_start|> ![a](b)')).toEqual([[1, 1], [14, 2]]);
    expect(anchorsOf({}, 'anything')).toEqual([]);
  });
});
