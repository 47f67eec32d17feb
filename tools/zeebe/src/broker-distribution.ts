import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  cachedTarball,
  distributionDir,
  exporterJar,
  exporterSourceDir,
  findJavaHome,
  ZEEBE_ARTIFACT,
  zeebeHome,
} from './zeebe-version.js';

/** Fetches the pinned distribution into the local Maven repository (once) and unpacks it into .zeebe/. */
export function ensureDistribution(log: (line: string) => void = console.log): string {
  if (existsSync(join(distributionDir, 'bin/broker'))) return distributionDir;
  if (!existsSync(cachedTarball())) {
    log(`Fetching ${ZEEBE_ARTIFACT} with mvn …`);
    execFileSync('mvn', ['-B', '-q', 'dependency:get', `-Dartifact=${ZEEBE_ARTIFACT}`, '-Dtransitive=false'], {
      stdio: 'inherit',
    });
  }
  mkdirSync(zeebeHome, { recursive: true });
  log(`Unpacking ${cachedTarball()} into ${zeebeHome}`);
  execFileSync('tar', ['-xzf', cachedTarball(), '-C', zeebeHome], { stdio: 'inherit' });
  if (!existsSync(join(distributionDir, 'bin/broker'))) {
    throw new Error(`unpacked, but ${distributionDir}/bin/broker is missing`);
  }
  return distributionDir;
}

/** Builds the PostgreSQL history exporter with mvn when the jar is missing or older than its sources. */
export function ensureExporter(log: (line: string) => void = console.log): string {
  if (existsSync(exporterJar) && statSync(exporterJar).mtimeMs >= newestSource(exporterSourceDir)) return exporterJar;
  log('Building the history exporter with mvn …');
  execFileSync('mvn', ['-B', '-q', '-f', join(exporterSourceDir, 'pom.xml'), 'package'], {
    stdio: 'inherit',
    env: { ...process.env, JAVA_HOME: findJavaHome() },
  });
  if (!existsSync(exporterJar)) throw new Error(`mvn package did not produce ${exporterJar}`);
  return exporterJar;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}
