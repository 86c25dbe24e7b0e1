// Preloaded (node --import) into a benchmarked child process: prints its peak memory on exit.
process.on('exit', () => {
  process.stderr.write(`\nbench-max-rss-kib=${process.resourceUsage().maxRSS}\n`);
});
