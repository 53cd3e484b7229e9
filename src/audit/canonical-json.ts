// The canonical JSON lives in one place for pins, signatures and the audit chain.
export { canonicalJson } from '../canonical-json.js';
