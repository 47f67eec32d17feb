import { execFileSync, spawnSync } from 'node:child_process';

export interface ComposeCli {
  /** How it was found, for messages: `docker compose` (v2) or `docker-compose` (v1, Debian's package). */
  name: string;
  command: string[];
}

export interface ResolvedCompose {
  services: Record<string, {
    image?: string;
    build?: { context: string; dockerfile: string };
    deploy?: { replicas?: number };
    environment?: Record<string, string | null>;
    ports?: unknown[];
  }>;
  volumes?: Record<string, unknown>;
}

/** The compose client on this machine, if any. Validation needs only the client, no Docker engine. */
export function findComposeCli(): ComposeCli | undefined {
  const candidates: ComposeCli[] = [
    { name: 'docker compose', command: ['docker', 'compose'] },
    { name: 'docker-compose', command: ['docker-compose'] },
  ];
  return candidates.find(({ command }) => spawnSync(command[0], [...command.slice(1), 'version'], { stdio: 'ignore' }).status === 0);
}

/**
 * `config` validates the file against the Compose schema and prints it resolved (anchors merged, variables
 * substituted). v2 prints JSON itself; v1's YAML is turned into JSON with the PyYAML it ships with.
 */
export function resolveCompose(cli: ComposeCli, file: string, env: NodeJS.ProcessEnv = process.env): ResolvedCompose {
  const [bin, ...prefix] = cli.command;
  const v2 = cli.name === 'docker compose';
  const run = spawnSync(bin, [...prefix, '-f', file, 'config', ...(v2 ? ['--format', 'json'] : [])], { encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`${cli.name} config rejected ${file}: ${(run.stderr || run.stdout).trim()}`);
  const json = v2
    ? run.stdout
    : execFileSync('/usr/bin/python3', ['-c', 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'], {
        input: run.stdout,
        encoding: 'utf8',
      });
  return JSON.parse(json) as ResolvedCompose;
}

/** Stages of a Dockerfile and the user its final stage runs as (undefined: root by default). */
export function dockerfileStages(text: string): { stages: string[]; finalUser?: string } {
  const lines = text.split('\n').map((line) => line.trim());
  const stages = lines.filter((line) => /^FROM\s/i.test(line)).map((line) => line.replace(/^FROM\s+/i, ''));
  const lastFrom = lines.map((line) => /^FROM\s/i.test(line)).lastIndexOf(true);
  const users = lines.slice(lastFrom + 1).filter((line) => /^USER\s/i.test(line));
  const finalUser = users.length ? users[users.length - 1].replace(/^USER\s+/i, '') : undefined;
  return { stages, finalUser };
}

export function isRootUser(user: string | undefined): boolean {
  if (user === undefined) return true;
  const name = user.split(':')[0];
  return name === 'root' || name === '0';
}
