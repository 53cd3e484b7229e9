import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hostOnly, isLoopback, parseListen } from '../../src/config/http-config.js';
import type { CompiledAgentKey } from '../../src/config/types.js';
import { MemoryLimitStore } from '../../src/policy/limit-store.js';
import { hashAgentKey, KeyRing, newAgentKey } from '../../src/upstream/agent-keys.js';
import { RefusalThrottle } from '../../src/upstream/refusal-throttle.js';
import { parseWhen } from '../../src/cli/agent-key-plan.js';

const compiled = (key: string, id: string, agent: string, notBefore: number, expires: number): CompiledAgentKey => ({ id, agent, sha256: hashAgentKey(key), notBefore, expires });

describe('KeyRing.authenticate', () => {
  const a = newAgentKey();
  const b = newAgentKey();
  const ring = new KeyRing([compiled(a.key, 'k-00000000000a', 'bot', 1000, 5000), compiled(b.key, 'k-00000000000b', 'bot', 3000, 9000)]);
  type Row = [name: string, header: string | undefined, now: number, expected: object];
  const ROWS: Row[] = [
    ['no header', undefined, 2000, { ok: false, why: 'missing' }],
    ['an empty header', '', 2000, { ok: false, why: 'missing' }],
    ['another scheme', `Basic ${a.key}`, 2000, { ok: false, why: 'malformed' }],
    ['a key with spaces in it', `Bearer ${a.key} x`, 2000, { ok: false, why: 'malformed' }],
    ['an oversized header', `Bearer ${'x'.repeat(5000)}`, 2000, { ok: false, why: 'malformed' }],
    ['an unknown key', `Bearer ${newAgentKey().key}`, 2000, { ok: false, why: 'unknown' }],
    ['a valid key', `Bearer ${a.key}`, 2000, { ok: true, agent: 'bot', keyId: 'k-00000000000a' }],
    ['the scheme in any case', `bearer ${a.key}`, 2000, { ok: true, agent: 'bot', keyId: 'k-00000000000a' }],
    ['a key before notBefore', `Bearer ${b.key}`, 2999, { ok: false, why: 'not-yet-valid', keyId: 'k-00000000000b' }],
    ['a key at notBefore', `Bearer ${b.key}`, 3000, { ok: true, agent: 'bot', keyId: 'k-00000000000b' }],
    ['a key at its expiry', `Bearer ${a.key}`, 5000, { ok: false, why: 'expired', keyId: 'k-00000000000a' }],
    ['the overlapping key while the first is expired', `Bearer ${b.key}`, 6000, { ok: true, agent: 'bot', keyId: 'k-00000000000b' }],
  ];
  it.each(ROWS)('%s', (_name, header, now, expected) => {
    expect(ring.authenticate(header, now)).toEqual(expected);
  });

  it('stores sha256 of the key: what the config holds is exactly that', () => {
    expect(a.sha256).toBe(createHash('sha256').update(a.key).digest('hex'));
    expect(a.key).toMatch(/^mfwk_[A-Za-z0-9_-]{43}$/);
    expect(a.id).toMatch(/^k-[0-9a-f]{12}$/);
  });

  it('replace() swaps the accepted keys at once (revocation)', () => {
    const local = new KeyRing([compiled(a.key, 'k-00000000000a', 'bot', 0, 10)]);
    expect(local.authenticate(`Bearer ${a.key}`, 5).ok).toBe(true);
    local.replace([]);
    expect(local.authenticate(`Bearer ${a.key}`, 5)).toEqual({ ok: false, why: 'unknown' });
  });
});

describe('MemoryLimitStore', () => {
  it('takes from all buckets or none, and reports the longest wait', () => {
    const store = new MemoryLimitStore();
    const tool = { key: 'tool:a\0x', perMinute: 60, burst: 2 };
    const agent = { key: 'agent:a', perMinute: 6, burst: 1 };
    expect(store.take([tool, agent], 0)).toEqual({ ok: true });
    // The agent bucket is empty: the tool keeps its remaining token.
    expect(store.take([tool, agent], 0)).toEqual({ ok: false, key: 'agent:a', retryAfterMs: 10_000 });
    expect(store.take([tool], 0)).toEqual({ ok: true });
    expect(store.take([tool], 0)).toEqual({ ok: false, key: 'tool:a\0x', retryAfterMs: 1000 });
    expect(store.take([tool], 400)).toEqual({ ok: false, key: 'tool:a\0x', retryAfterMs: 600 });
    expect(store.take([tool, agent], 10_000)).toEqual({ ok: true });
  });

  it('acquires under every cap or none, and release frees the slots', () => {
    const store = new MemoryLimitStore();
    const tool = { key: 'tool:a\0x', cap: 1 };
    const agent = { key: 'agent:a', cap: 2 };
    expect(store.acquire([tool, agent])).toEqual({ ok: true });
    expect(store.acquire([tool, agent])).toEqual({ ok: false, key: 'tool:a\0x' });
    // The refused acquire gave back the agent slot it had taken.
    expect(store.acquire([agent])).toEqual({ ok: true });
    expect(store.acquire([agent])).toEqual({ ok: false, key: 'agent:a' });
    store.release([tool, agent]);
    expect(store.acquire([tool, agent])).toEqual({ ok: true });
  });
});

describe('listen addresses', () => {
  it.each([
    ['127.0.0.1:8750', { host: '127.0.0.1', port: 8750 }, true],
    ['localhost:0', { host: 'localhost', port: 0 }, true],
    ['[::1]:8750', { host: '::1', port: 8750 }, true],
    ['127.8.9.10:1', { host: '127.8.9.10', port: 1 }, true],
    ['0.0.0.0:8443', { host: '0.0.0.0', port: 8443 }, false],
    ['[::]:8443', { host: '::', port: 8443 }, false],
    ['10.0.0.5:8443', { host: '10.0.0.5', port: 8443 }, false],
    ['localhost.evil.example:80', { host: 'localhost.evil.example', port: 80 }, false],
    ['127.0.0.1.nip.io:80', { host: '127.0.0.1.nip.io', port: 80 }, false],
  ])('%s', (text, address, loopback) => {
    expect(parseListen(text)).toEqual(address);
    expect(isLoopback(address.host)).toBe(loopback);
  });

  it.each([
    ['localhost:8750', 'localhost'],
    ['[::1]:8750', '::1'],
    ['[::1]', '::1'],
    ['example.com', 'example.com'],
  ])('the host of Host %j is %j', (value, host) => {
    expect(hostOnly(value)).toBe(host);
  });

  it.each(['8750', '127.0.0.1', '127.0.0.1:99999', ':8750', '::1:8750', 'a b:1'])('refuses %j', (text) => {
    expect(parseListen(text)).toBeUndefined();
  });
});

describe('key validity times', () => {
  const now = Date.parse('2027-01-01T00:00:00Z');
  it.each([
    ['now', now],
    ['90d', now + 90 * 86_400_000],
    ['12h', now + 12 * 3_600_000],
    ['30m', now + 30 * 60_000],
    ['2027-02-01', Date.parse('2027-02-01T00:00:00Z')],
    ['2027-02-01T12:30:00+02:00', Date.parse('2027-02-01T10:30:00Z')],
  ])('%s', (text, expected) => {
    expect(parseWhen(text, now, '--expires')).toBe(expected);
  });

  it.each(['tomorrow', '90', '1y', '2027-13-45x'])('refuses %j naming the flag', (text) => {
    expect(() => parseWhen(text, now, '--expires')).toThrow(/--expires: ".*" is not a time/);
  });
});

describe('RefusalThrottle', () => {
  it('audits every refusal within the budget, then counts the rest and reports the count on the next record', () => {
    const throttle = new RefusalThrottle(60, 3);
    const admitted = Array.from({ length: 8 }, () => throttle.admit('10.0.0.1', 0));
    expect(admitted).toEqual([{ suppressed: 0 }, { suppressed: 0 }, { suppressed: 0 }, undefined, undefined, undefined, undefined, undefined]);
    // Another address has its own budget.
    expect(throttle.admit('10.0.0.2', 0)).toEqual({ suppressed: 0 });
    expect(throttle.admit('10.0.0.1', 999)).toBeUndefined();
    expect(throttle.admit('10.0.0.1', 1000)).toEqual({ suppressed: 6 });
    expect(throttle.admit('10.0.0.1', 2000)).toEqual({ suppressed: 0 });
  });
});
