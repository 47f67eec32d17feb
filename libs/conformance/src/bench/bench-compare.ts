import { round } from './latency.util.js';
import { benchArgs, benchEngine } from './engine-bench.command.js';

/**
 * `npm run bench:compare [-- --seconds=60]`: the same benchmark on both engines, one after the other,
 * then both figures and their ratio (embedded / zeebe) as one JSON object on the last line.
 */
async function main(): Promise<number> {
  const { seconds, concurrency } = benchArgs(process.argv.slice(2).filter((arg) => !arg.startsWith('--engine')));
  const embedded = await benchEngine('embedded', seconds, concurrency);
  console.log(JSON.stringify(embedded));
  const zeebe = await benchEngine('zeebe', seconds, concurrency);
  console.log(JSON.stringify(zeebe));
  const ratio = (key: 'piPerSec' | 'userTaskPiPerSec' | 'activationP50Ms' | 'activationP99Ms' | 'pgbenchTps') => {
    const a = embedded[key];
    const b = zeebe[key];
    return a !== null && b !== null && b !== 0 ? round(a / b, 2) : null;
  };
  if (zeebe.unavailable) console.log(`no Zeebe figures: ${zeebe.unavailable}; the ratio is null`);
  console.log(
    JSON.stringify({
      embedded,
      zeebe,
      ratioEmbeddedToZeebe: {
        piPerSec: ratio('piPerSec'),
        userTaskPiPerSec: ratio('userTaskPiPerSec'),
        activationP50Ms: ratio('activationP50Ms'),
        activationP99Ms: ratio('activationP99Ms'),
        pgbenchTps: ratio('pgbenchTps'),
      },
    }),
  );
  return zeebe.unavailable && process.env.CI === 'true' ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
