// Loaded into each measured build with --import: reports the process's peak memory at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.DEMODECK_RSS_FILE) writeFileSync(process.env.DEMODECK_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
