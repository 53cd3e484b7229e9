import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/downstream/circuit-breaker.js';

const settings = { crashes: 3, windowSeconds: 10, coolDownSeconds: 30 };

describe('circuit breaker', () => {
  it.each([
    { name: 'stays closed below the threshold', failures: [0, 1000], state: 'closed' },
    { name: 'opens at the threshold within the window', failures: [0, 1000, 2000], state: 'open' },
    { name: 'forgets failures older than the window', failures: [0, 1000, 11_000], state: 'closed' },
    { name: 'opens when enough failures fall within one window', failures: [0, 9000, 12_000, 15_000], state: 'open' },
  ])('$name', ({ failures, state }) => {
    const breaker = new CircuitBreaker(settings);
    for (const at of failures) breaker.failure(at);
    expect(breaker.state).toBe(state);
  });

  it('reports exactly one transition to open, with the failure count and cool-down', () => {
    const breaker = new CircuitBreaker(settings);
    expect(breaker.failure(0)).toBeUndefined();
    expect(breaker.failure(1)).toBeUndefined();
    expect(breaker.failure(2)).toEqual({ to: 'open', failures: 3, coolDownMs: 30_000 });
    expect(breaker.failure(3)).toBeUndefined();
  });

  it('refuses calls while open with CIRCUIT_OPEN and the time to the probe', () => {
    const breaker = new CircuitBreaker(settings);
    expect(breaker.refusal('srv', 0)).toBeUndefined();
    for (const at of [0, 1, 2]) breaker.failure(at);
    const refusal = breaker.refusal('srv', 10_002)!;
    expect(refusal.code).toBe('CIRCUIT_OPEN');
    expect(refusal.hints.retryAfterMs).toBe(20_000);
    expect(refusal.message).toMatch(/tool server srv kept crashing \(3 failures within 10 s\).*in 20 s/);
  });

  it('half-opens for one probe: success closes and clears the count, failure opens again', () => {
    const breaker = new CircuitBreaker(settings);
    for (const at of [0, 1, 2]) breaker.failure(at);
    expect(breaker.halfOpen()?.to).toBe('half-open');
    expect(breaker.refusal('srv')).toBeUndefined();
    expect(breaker.failure(30_010)?.to).toBe('open');
    expect(breaker.halfOpen()?.to).toBe('half-open');
    expect(breaker.success()?.to).toBe('closed');
    expect(breaker.failure(60_000)).toBeUndefined();
    expect(breaker.state).toBe('closed');
  });

  it('success while closed is no transition', () => {
    expect(new CircuitBreaker(settings).success()).toBeUndefined();
  });
});
