// Build step (`npm run build`, after tsc): stores the start analysis of every pattern the
// scanner's start filters hold next to the compiled analyser, so that a start of the firewall
// reads them instead of analysing every rule again (src/scan/rules/start-analysis-store.ts).
// Plain JavaScript on the compiled code: it runs wherever the build does, with nothing but tsc.
import { buildStartFilters } from '../dist/scan/rules/lazy-start-filter.js';
import { recordStartAnalyses, writeStartAnalyses } from '../dist/scan/rules/start-analysis-store.js';

recordStartAnalyses();
await import('../dist/scan/index.js'); // every catalogue's filter promised (the credential patterns' built)
buildStartFilters();
const count = writeStartAnalyses();
process.stdout.write(`start analyses of ${count} patterns written to dist/scan/rules/start-analyses.json\n`);
