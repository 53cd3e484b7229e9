import { FirewallError } from '../errors.js';
import type { CircuitBreaker } from './circuit-breaker.js';

/**
 * A call whose server died under it fails at once (not at its timeout), saying what the host can
 * do: retry once the server is back (`restartAt`), or, when the crash opened the circuit, after
 * the cool-down. Any other error passes unchanged.
 */
export function diedMidCall(err: unknown, server: string, circuit: CircuitBreaker, restartAt: number): unknown {
  if (!(err instanceof FirewallError) || err.details.fault !== 'server-exited') return err;
  const lost = 'the tool server stopped while handling the call, so it was not completed (it may or may not have taken effect)';
  const open = circuit.refusal(server);
  if (open) return new FirewallError('CIRCUIT_OPEN', `${lost}; ${open.message}`, { ...err.details, ...open.details }, open.hints);
  const retryAfterMs = Math.max(0, restartAt - Date.now());
  return new FirewallError('DOWNSTREAM_UNAVAILABLE', `${lost}; the firewall restarts it: retry in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s`, err.details, { retryAfterMs });
}
