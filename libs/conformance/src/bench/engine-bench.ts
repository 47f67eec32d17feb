import { benchArgs, benchEngine } from './engine-bench.command.js';

/**
 * `npm run bench:engine -- --engine=embedded|zeebe [--seconds=60] [--concurrency=32]`
 * A measurement, not a test: prints progress, then one JSON object as the last line.
 */
const { engine, seconds, concurrency } = benchArgs(process.argv.slice(2));
benchEngine(engine, seconds, concurrency).then(
  (figures) => {
    console.log(JSON.stringify(figures));
    process.exit(figures.unavailable && process.env.CI === 'true' ? 1 : 0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
