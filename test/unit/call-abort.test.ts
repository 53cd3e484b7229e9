import { describe, expect, it } from 'vitest';
import { FirewallError } from '../../src/errors.js';
import { abortError } from '../../src/downstream/pending-request.js';
import { CallAbort } from '../../src/upstream/call-abort.js';

describe('CallAbort (the per-call cancellation)', () => {
  it('aborts once, runs each listener once, in order, and keeps the reason', () => {
    const abort = new CallAbort();
    const log: string[] = [];
    abort.addEventListener('abort', () => log.push('a'));
    abort.addEventListener('abort', () => log.push('b'));
    const reason = new FirewallError('SHUTTING_DOWN');
    abort.abort(reason);
    abort.abort(new FirewallError('CANCELLED'));
    expect(log).toEqual(['a', 'b']);
    expect(abort.aborted).toBe(true);
    expect(abort.reason).toBe(reason);
    expect(abortError(abort).code).toBe('SHUTTING_DOWN');
  });

  it('a removed listener is not called, nor one added after the abort', () => {
    const abort = new CallAbort();
    const log: string[] = [];
    const removed = (): void => void log.push('removed');
    abort.addEventListener('abort', removed);
    abort.removeEventListener('abort', removed);
    abort.abort();
    abort.addEventListener('abort', () => log.push('late'));
    expect(log).toEqual([]);
    expect(abortError(abort).code).toBe('CANCELLED');
  });

  it('a listener that throws does not stop the others; the failure is rethrown', () => {
    const abort = new CallAbort();
    const log: string[] = [];
    abort.addEventListener('abort', () => {
      throw new Error('listener bug');
    });
    abort.addEventListener('abort', () => log.push('after'));
    expect(() => abort.abort()).toThrow('listener bug');
    expect(log).toEqual(['after']);
  });

  it('behaves like an AbortSignal where requests use it', () => {
    const signal = new AbortController().signal;
    const cheap = new CallAbort();
    for (const s of [signal, cheap]) expect([s.aborted, s.reason]).toEqual([false, undefined]);
  });
});
