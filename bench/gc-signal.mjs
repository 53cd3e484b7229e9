// Preloaded (`node --expose-gc --import`) into the firewall by the soak benchmark only: on
// SIGUSR2 it collects garbage and prints the process's memory on stderr, so the benchmark can
// read RSS and heap after a full GC rather than whatever garbage happens to be lying around.
let reports = 0;
process.on('SIGUSR2', () => {
  reports += 1;
  globalThis.gc?.();
  globalThis.gc?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  process.stderr.write(`bench-gc ${reports} ${JSON.stringify({ gc: typeof globalThis.gc === 'function', rss, heapUsed, heapTotal, external, arrayBuffers })}\n`);
});
