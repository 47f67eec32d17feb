// Prints the gzipped JavaScript the inbox route loads: `npm run size -w @duban/web`.
import { INBOX_BUDGET_BYTES, measureInboxBundle } from './inbox-bundle';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const report = await measureInboxBundle();
for (const f of report.files) console.log(`${f.file.padEnd(48)} ${kb(f.bytes).padStart(10)}  gzip ${kb(f.gzipBytes).padStart(9)}`);
console.log(`inbox route: ${kb(report.gzipBytes)} gzipped JS (budget ${kb(INBOX_BUDGET_BYTES)})`);
console.log(JSON.stringify({ inboxRouteGzipBytes: report.gzipBytes, budgetBytes: INBOX_BUDGET_BYTES, files: report.files.length }));
process.exitCode = report.gzipBytes <= INBOX_BUDGET_BYTES ? 0 : 1;
