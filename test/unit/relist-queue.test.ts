import { describe, expect, it } from 'vitest';
import type { DownstreamLink } from '../../src/downstream/link.js';
import { RelistQueue } from '../../src/downstream/server-listing.js';

// Links are only identities to the queue: which one is listed, and whether it is still live.
const link = (name: string): DownstreamLink => ({ name }) as unknown as DownstreamLink;

function queue(live: () => DownstreamLink) {
  const listed: string[] = [];
  let release: () => void = () => undefined;
  const q = new RelistQueue(
    async (l) => {
      listed.push((l as unknown as { name: string }).name);
      await new Promise<void>((resolve) => (release = resolve));
    },
    (l) => l === live(),
  );
  return { q, listed, finish: () => release() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('list_changed coalescing', () => {
  it('any number of notifications during a listing cause exactly one more', async () => {
    const a = link('a');
    const { q, listed, finish } = queue(() => a);
    const done = q.relist(a);
    for (let i = 0; i < 50; i++) void q.relist(a);
    finish();
    await tick();
    finish();
    await done;
    expect(listed).toEqual(['a', 'a']);
  });

  it('a notification from the replacement of a dead link is listed on the replacement', async () => {
    const dead = link('dead');
    const replacement = link('replacement');
    let live = dead;
    const { q, listed, finish } = queue(() => live);
    const done = q.relist(dead);
    live = replacement;
    void q.relist(replacement);
    finish();
    await tick();
    finish();
    await done;
    expect(listed).toEqual(['dead', 'replacement']);
  });

  it('a notification from a link that is no longer live starts no further listing', async () => {
    const old = link('old');
    const live = link('live');
    const { q, listed, finish } = queue(() => live);
    const done = q.relist(live);
    void q.relist(old);
    finish();
    await tick();
    finish();
    await done;
    expect(listed).toEqual(['live']);
  });
});
