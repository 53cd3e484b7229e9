#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// Every regular expression is compiled to machine code on its first use. By default V8 starts a
// pattern in its bytecode interpreter and tiers it up later; in a long-running firewall the
// scanner's patterns were measured about twice as slow once many texts had passed (see the
// README's bench notes). Set before the scanner is loaded, so it applies to all its patterns.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`mcp-firewall: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
