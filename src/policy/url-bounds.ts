/**
 * Keeps a URL argument on allowlisted hosts. Only http(s), no embedded credentials, and the
 * forwarded value is the parsed, normalized URL so the server cannot read it differently.
 */

export interface HostPattern {
  host: string;
  subdomains: boolean;
}

export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

export function parseHostPatterns(raw: unknown, fail: (problem: string, fix: string) => never): HostPattern[] {
  if (!Array.isArray(raw) || raw.length === 0 || raw.some((r) => typeof r !== 'string')) {
    return fail('"x-url-hosts" must be a non-empty array of host names', 'list hosts such as "example.com" or "*.example.com"');
  }
  return (raw as string[]).map((entry) => {
    const subdomains = entry.startsWith('*.');
    const host = (subdomains ? entry.slice(2) : entry).toLowerCase();
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) {
      return fail(`"${entry}" is not a host name`, 'write a bare host such as "example.com" or "*.example.com" (no scheme, port or path)');
    }
    return { host, subdomains };
  });
}

export function urlWithinHosts(value: string, hosts: readonly HostPattern[]): UrlVerdict {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'not an absolute URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'only http and https URLs are allowed' };
  if (url.username || url.password) return { ok: false, reason: 'URLs with embedded credentials are not allowed' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  url.hostname = host;
  const allowed = hosts.some((p) => host === p.host || (p.subdomains && host.endsWith(`.${p.host}`)));
  return allowed ? { ok: true, url: url.href } : { ok: false, reason: 'URL host is not in the allowed list' };
}
