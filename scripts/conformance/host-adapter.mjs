// Loaded with `node --import` into the conformance suite's process when it runs against the
// firewall's front door, to make the suite behave like a host configured for the firewall:
//  - every request to the front door carries `Authorization: Bearer <key>` (the suite has no
//    option for headers; its SDK client and its raw fetches use the global fetch, its DNS
//    rebinding scenario uses undici's `request`, so both are covered);
//  - with CONFORMANCE_SERVER_ID set, the bare tool and prompt names the suite asks for
//    (`test_simple_text`) are sent as the firewall exposes them (`conformance__test_simple_text`),
//    and the resource URIs it reads, subscribes to and completes (`test://static-text`) as
//    `conformance+test://static-text`, as a host that read the lists would. Answers are not
//    touched.
// Nothing here changes the firewall; the key is a throwaway one made for the run.
// Environment: CONFORMANCE_TARGET (the front door URL), CONFORMANCE_BEARER_KEY,
// CONFORMANCE_SERVER_ID (optional).
import { createRequire } from 'node:module';
import { mapNames } from './name-map.mjs';

const target = new URL(required('CONFORMANCE_TARGET')).origin;
const key = required('CONFORMANCE_BEARER_KEY');
const server = process.env.CONFORMANCE_SERVER_ID ?? '';
const authorization = `Bearer ${key}`;

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`host-adapter: ${name} is not set`);
  return value;
}

function originOf(input) {
  try {
    return new URL(input instanceof Request ? input.url : String(input)).origin;
  } catch {
    return undefined;
  }
}

function mapBody(body) {
  if (!server || typeof body !== 'string') return body;
  try {
    return JSON.stringify(mapNames(JSON.parse(body), server));
  } catch {
    return body;
  }
}

const originalFetch = globalThis.fetch;
globalThis.fetch = (input, init = {}) => {
  if (originOf(input) !== target) return originalFetch(input, init);
  const headers = new Headers(input instanceof Request ? input.headers : undefined);
  for (const [name, value] of new Headers(init.headers ?? {})) headers.set(name, value);
  headers.set('authorization', authorization);
  return originalFetch(input, { ...init, headers, body: mapBody(init.body) });
};

// undici's `request` (not fetch) goes straight to the global dispatcher: the suite's own undici.
const undici = createRequire(process.argv[1])('undici');
const withAuthorization = (headers) => {
  if (Array.isArray(headers)) {
    const has = headers.some((v, i) => i % 2 === 0 && String(v).toLowerCase() === 'authorization');
    return has ? headers : [...headers, 'authorization', authorization];
  }
  const entries = Object.entries(headers ?? {});
  return entries.some(([name]) => name.toLowerCase() === 'authorization') ? headers : { ...Object.fromEntries(entries), authorization };
};
undici.setGlobalDispatcher(
  new undici.Agent().compose((dispatch) => (options, handler) => {
    const origin = options.origin ? new URL(String(options.origin)).origin : undefined;
    return dispatch(origin === target ? { ...options, headers: withAuthorization(options.headers) } : options, handler);
  }),
);
