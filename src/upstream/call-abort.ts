import type { AbortLike } from '../downstream/link.js';

/**
 * The cancellation of one tools/call. An AbortController costs more to make than the rest of a
 * small call's bookkeeping together (Node's EventTarget), and nearly every call ends without
 * being cancelled; this is a flag, a reason and a short listener list. Like an AbortSignal it
 * aborts once, runs each listener once, and does not call listeners added after the abort.
 */
export class CallAbort implements AbortLike {
  aborted = false;
  reason: unknown = undefined;
  private listeners: Array<() => void> = [];

  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.listeners;
    this.listeners = [];
    let failure: { error: unknown } | undefined;
    for (const listener of listeners) {
      try {
        listener();
      } catch (error) {
        // Every listener runs, as with an EventTarget; the first failure is not lost.
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    if (!this.aborted) this.listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const at = this.listeners.indexOf(listener);
    if (at !== -1) this.listeners.splice(at, 1);
  }
}
