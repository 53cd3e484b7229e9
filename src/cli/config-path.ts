import { resolve } from 'node:path';

/** --config, else $MCP_FIREWALL_CONFIG, else ./mcp.config.json. */
export function configPath(explicit: string | undefined): string {
  return resolve(explicit ?? process.env.MCP_FIREWALL_CONFIG ?? 'mcp.config.json');
}
