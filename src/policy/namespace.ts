/**
 * How resources and prompts of many servers share one namespace at the host. A prompt is
 * exposed as `<server>__<name>`, like a tool. A URI (or URI template) gets its server id put
 * in front of its scheme: `demo://docs/a.md` of server `everything` becomes
 * `everything+demo://docs/a.md`. The rewrite is reversible, keeps templates expandable by the
 * host, and names only the owning server: the router needs no table, and nothing about other
 * servers' URIs leaks through it.
 */

const SERVER = '[a-z0-9][a-z0-9-]{0,31}';
const EXPOSED_URI = new RegExp(`^(${SERVER})\\+([A-Za-z][A-Za-z0-9+.-]*:[^]*)$`);
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** Whether a downstream URI has the scheme the rewrite needs (every absolute URI does). */
export function hasScheme(uri: string): boolean {
  return SCHEME.test(uri);
}

export function exposeUri(server: string, uri: string): string {
  return `${server}+${uri}`;
}

/** The owning server and its own URI, or undefined when the text is not an exposed URI. */
export function parseExposedUri(exposed: string): { server: string; uri: string } | undefined {
  const match = EXPOSED_URI.exec(exposed);
  return match ? { server: match[1]!, uri: match[2]! } : undefined;
}

export function exposeName(server: string, name: string): string {
  return `${server}__${name}`;
}
