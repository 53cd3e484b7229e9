/** Prefixes the tool and prompt names in a JSON-RPC request or batch (see name-map.mjs). */
export declare function mapNames(message: unknown, prefix: string): unknown;
