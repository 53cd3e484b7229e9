/** Namespaces the tool and prompt names and resource URIs in a JSON-RPC request or batch under `server` (see name-map.mjs). */
export declare function mapNames(message: unknown, server: string): unknown;
