import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The pinned broker. 8.6.0 is the newest complete Zeebe distribution (`io.camunda:camunda-zeebe`, tar.gz)
 * that Maven Central serves to this machine; see ../README.md for why not 8.7+.
 * Keep `zeebe.version` in ../exporter/pom.xml in step.
 */
export const ZEEBE_VERSION = '8.6.0';
export const ZEEBE_ARTIFACT = `io.camunda:camunda-zeebe:${ZEEBE_VERSION}:tar.gz`;
export const EXPORTER_JAR_NAME = 'duban-zeebe-history-exporter-1.0.0.jar';
export const EXPORTER_CLASS = 'io.duban.zeebe.exporter.PostgresHistoryExporter';
/** Zeebe 8.4 and later run on Java 21 or newer. */
export const MIN_JAVA = 21;

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Git-ignored: the unpacked distribution, the built exporter, run folders of local brokers. */
export const zeebeHome = join(repoRoot, '.zeebe');
export const distributionDir = join(zeebeHome, `camunda-zeebe-${ZEEBE_VERSION}`);
export const exporterSourceDir = join(repoRoot, 'tools/zeebe/exporter');
export const exporterJar = join(zeebeHome, 'exporter-build', EXPORTER_JAR_NAME);

export function mavenRepository(): string {
  return process.env.MAVEN_REPO_LOCAL ?? join(process.env.HOME ?? '/root', '.m2/repository');
}

export function cachedTarball(): string {
  return join(mavenRepository(), 'io/camunda/camunda-zeebe', ZEEBE_VERSION, `camunda-zeebe-${ZEEBE_VERSION}.tar.gz`);
}

/** Major version from a JDK's `release` file, or undefined when it is not a JDK folder. */
export function jdkMajor(javaHome: string): number | undefined {
  const releaseFile = join(javaHome, 'release');
  if (!existsSync(releaseFile) || !existsSync(join(javaHome, 'bin/java'))) return undefined;
  const match = /^JAVA_VERSION="(\d+)/m.exec(readFileSync(releaseFile, 'utf8'));
  return match ? Number(match[1]) : undefined;
}

/** `ZEEBE_JAVA_HOME`, else `JAVA_HOME` if it is 21+, else the newest JDK 21+ under /usr/lib/jvm. */
export function findJavaHome(env: NodeJS.ProcessEnv = process.env, jvmDir = '/usr/lib/jvm'): string {
  for (const candidate of [env.ZEEBE_JAVA_HOME, env.JAVA_HOME]) {
    if (candidate && (jdkMajor(candidate) ?? 0) >= MIN_JAVA) return candidate;
  }
  const found = existsSync(jvmDir)
    ? readdirSync(jvmDir)
        .map((name) => join(jvmDir, name))
        .map((home) => ({ home, major: jdkMajor(home) ?? 0 }))
        .filter(({ major }) => major >= MIN_JAVA)
        .sort((a, b) => b.major - a.major)
    : [];
  if (found.length === 0) {
    throw new Error(`Zeebe ${ZEEBE_VERSION} needs Java ${MIN_JAVA}+; none found (set ZEEBE_JAVA_HOME)`);
  }
  return found[0].home;
}
