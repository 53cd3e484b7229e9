import { FirewallError } from '../errors.js';
import type { CompiledResource } from '../config/types.js';
import type { ExchangeContext } from '../pipeline/stage.js';

/**
 * The declared limits of one returned resource content: its MIME type must be one the entry
 * allows (wildcards `text/*`, `*\/*`), and its size (UTF-8 bytes of a text, decoded bytes of a
 * blob) at most the entry's maxBytes. A blob must be valid base64. Anything else refuses the
 * whole read: binary content is never passed on unexamined.
 */

export type ResourceContent = { uri: string; mimeType?: string | undefined; text: string } | { uri: string; mimeType?: string | undefined; blob: string };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function mimeAllowed(mimeType: string, allowed: readonly string[]): boolean {
  const type = mimeType.split(';', 1)[0]!.trim().toLowerCase();
  const [major] = type.split('/', 1);
  return allowed.some((a) => a === '*/*' || a === type || (a.endsWith('/*') && a.slice(0, -2) === major));
}

export function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

export function checkContent(ctx: ExchangeContext, content: ResourceContent, resource: CompiledResource, listedMimeType: string | undefined): ResourceContent {
  const kind = 'text' in content ? 'text' : 'blob';
  const mimeType = content.mimeType ?? listedMimeType;
  if (mimeType === undefined || !mimeAllowed(mimeType, resource.mimeTypes)) {
    ctx.rules.push(`resource:${kind}-mime`);
    throw new FirewallError('RESULT_INVALID', `the resource returned ${kind} content of type "${(mimeType ?? 'unknown').slice(0, 100)}", which its manifest does not allow (allowed: ${resource.mimeTypes.join(', ')})`);
  }
  if ('blob' in content && (content.blob.length % 4 !== 0 || !BASE64.test(content.blob))) {
    ctx.rules.push('resource:blob-encoding');
    throw new FirewallError('RESULT_INVALID', 'the resource returned a blob that is not valid base64');
  }
  const size = 'text' in content ? Buffer.byteLength(content.text) : decodedLength(content.blob);
  if (size > resource.maxBytes) {
    ctx.rules.push(`resource:${kind}-size`);
    throw new FirewallError('RESULT_TOO_LARGE', `the resource returned ${size} bytes of ${kind}; its manifest allows at most ${resource.maxBytes}`);
  }
  return { ...content, mimeType };
}
