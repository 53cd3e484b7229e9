// Credential formats issued by specific vendors. Each has a fixed prefix, so a pattern only
// starts work where the prefix occurs, and every run is bounded: linear on any input.

export interface SecretPattern {
  type: string;
  /** Global, with `d` (indices); the named group `s` is the secret, else the whole match. */
  pattern: RegExp;
  /** Extra check for generic patterns that would otherwise hit ordinary prose or code. */
  accept?: (value: string) => boolean;
}

// Order matters: a more specific prefix (sk-ant-) is redacted before a broader one (sk-) sees it.
export const VENDOR_PATTERNS: SecretPattern[] = [
  { type: 'anthropic-key', pattern: /\bsk-ant-(?:api|admin|sid)[0-9]{2}-[A-Za-z0-9_-]{32,200}/dg },
  { type: 'openai-key', pattern: /\bsk-(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,300}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b|[A-Za-z0-9]{48}\b)/dg },
  { type: 'azure-storage-key', pattern: /\bAccountKey=(?<s>[A-Za-z0-9+/]{40,100}={0,2})/dgi },
  { type: 'azure-sas-signature', pattern: /[?&;]sig=(?<s>(?:[A-Za-z0-9+/=]|%[0-9A-Fa-f]{2}){30,200})/dg },
  { type: 'npm-token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/dg },
  { type: 'huggingface-token', pattern: /\bhf_[A-Za-z0-9]{34,40}\b/dg },
  { type: 'twilio-key', pattern: /\bSK[0-9a-f]{32}\b/dg },
  { type: 'sendgrid-key', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/dg },
  { type: 'mailgun-key', pattern: /\bkey-[0-9a-f]{32}\b/dg },
  { type: 'digitalocean-token', pattern: /\bdo[opr]_v1_[a-f0-9]{64}\b/dg },
  { type: 'shopify-token', pattern: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/dg },
  { type: 'atlassian-token', pattern: /\bATATT3[A-Za-z0-9_=-]{60,300}/dg },
  { type: 'databricks-token', pattern: /\bdapi[a-f0-9]{32}(?:-[0-9])?\b/dg },
  { type: 'pypi-token', pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}/dg },
  { type: 'dockerhub-token', pattern: /\bdckr_pat_[A-Za-z0-9_-]{27,100}/dg },
  { type: 'gcp-service-account-key', pattern: /"private_key_id"\s{0,5}:\s{0,5}"(?<s>[a-f0-9]{40})"/dg },
];

/** Case-insensitive markers: text holding none of them skips every vendor pattern. */
export const VENDOR_MARKERS = 'sk-|key|sig=|npm_|hf_|SK[0-9a-f]{32}|SG\\.|do[opr]_v1_|shp(?:at|ca|pa|ss)_|ATATT3|dapi|pypi-|dckr_pat_';
