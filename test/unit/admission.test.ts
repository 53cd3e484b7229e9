import { describe, expect, it } from 'vitest';
import { admit, limitsOf, type Admission } from '../../src/policy/admission.js';
import { MemoryLimitStore } from '../../src/policy/limit-store.js';
import { ConcurrencyGate } from '../../src/policy/rate-limit.js';

const settle = (a: Admission | Promise<Admission>): Admission => {
  if (a instanceof Promise) throw new Error('the in-memory store answers synchronously');
  return a;
};

describe('admission of one request against its limits', () => {
  it('shares one session cap between tool calls and item requests, and gives the slot back once', () => {
    const session = new ConcurrencyGate(1);
    const store = new MemoryLimitStore();
    const tool = settle(admit(session, 1, store, limitsOf('a', {}, 'tool:a\0t', {}), 0, 'tool'));
    expect(tool.ok).toBe(true);
    const read = settle(admit(session, 1, store, limitsOf('a', {}, 'resource:a\0s:r', {}), 0, 'resource'));
    expect(read).toMatchObject({ ok: false, rule: 'concurrency:session' });
    if (tool.ok) {
      tool.release();
      tool.release(); // a second release must not free a slot it does not hold
    }
    const again = settle(admit(session, 1, store, limitsOf('a', {}, 'resource:a\0s:r', {}), 0, 'resource'));
    expect(again.ok).toBe(true);
    expect(settle(admit(session, 1, store, limitsOf('a', {}, 'tool:a\0t', {}), 0, 'tool')).ok).toBe(false);
  });

  it("takes the entry's token and the agent's together or neither", () => {
    const store = new MemoryLimitStore();
    const agent = { rateLimit: { perMinute: 60, burst: 2 } };
    const limits = limitsOf('a', agent, 'prompt:a\0p', { rateLimit: { perMinute: 1, burst: 1 } });
    const gate = new ConcurrencyGate(10);
    const first = settle(admit(gate, 10, store, limits, 0, 'prompt'));
    expect(first.ok).toBe(true);
    const second = settle(admit(gate, 10, store, limits, 0, 'prompt'));
    expect(second).toMatchObject({ ok: false, rule: 'rate:per-minute' });
    expect(second.ok === false && second.retryAfterMs).toBeGreaterThan(0);
    expect(second.ok === false && second.error.message).toMatch(/1 requests per minute for this prompt/);
    // The refused request spent none of the agent's total: one more request elsewhere still fits.
    const other = settle(admit(gate, 10, store, limitsOf('a', agent, 'resource:a\0s:r', {}), 0, 'resource'));
    expect(other.ok).toBe(true);
    expect(settle(admit(gate, 10, store, limitsOf('a', agent, 'resource:a\0s:r', {}), 0, 'resource'))).toMatchObject({ ok: false, rule: 'rate:agent' });
  });

  it("caps an entry's requests in flight per agent", () => {
    const store = new MemoryLimitStore();
    const gate = new ConcurrencyGate(10);
    const limits = limitsOf('a', {}, 'resource:a\0s:r', { maxConcurrent: 1 });
    const held = settle(admit(gate, 10, store, limits, 0, 'resource'));
    expect(held.ok).toBe(true);
    expect(settle(admit(gate, 10, store, limits, 0, 'resource'))).toMatchObject({ ok: false, rule: 'concurrency:resource' });
    // Another agent has its own slot.
    expect(settle(admit(gate, 10, store, limitsOf('b', {}, 'resource:b\0s:r', { maxConcurrent: 1 }), 0, 'resource')).ok).toBe(true);
  });
});
