/**
 * The package entry for tool-server authors: verify requests the firewall signs.
 * (The firewall itself is the `mcp-firewall` command.)
 */
export {
  createReplayCache,
  DEFAULT_WINDOW_SECONDS,
  signatureChallenge,
  verifyRequestSignature,
  type ReplayCache,
  type SignedRequest,
  type VerifyFailure,
  type VerifyOptions,
  type VerifyResult,
} from './signing/verify-request-signature.js';
export { SIGNATURE_HEADERS, SIGNATURE_SCHEME, signatureBase } from './signing/signature-base.js';
