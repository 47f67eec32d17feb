import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// ARCHITECTURE §3: county specifics live in processes/, never in apps/ or libs/. Tests may name a county
// (they drive a real tenant), product code may not.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const processesDir = path.join(root, 'processes');

interface Tenant {
  id: string;
  names: string[];
}

function tenants(): Tenant[] {
  return readdirSync(processesDir)
    .filter((entry) => existsSync(path.join(processesDir, entry, 'tenant.json')))
    .map((folder) => {
      const config = JSON.parse(readFileSync(path.join(processesDir, folder, 'tenant.json'), 'utf8'));
      // 古县 and also its short forms: 夏邑县 → 夏邑, 重庆市 → 重庆, 周村区 → 周村.
      const name: string = config.name;
      const short = name.length > 2 ? name.replace(/[县市区]$/, '') : name;
      return { id: config.id ?? folder, names: [...new Set([name, short])] };
    });
}

const isTestFile = (file: string) =>
  /\.(spec|test|e2e)\.tsx?$/.test(file) || /[\\/](e2e|test|tests|__tests__)[\\/]/.test(file);

function productSources(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.data'].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...productSources(full));
    else if (/\.(ts|tsx|js|json|html|sql)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !isTestFile(full))
      found.push(full);
  }
  return found;
}

/** A tenant id counts when it stands alone in a string literal or as a `<id>-` process-id prefix, e.g. 'gu' or "gu-item". */
function tenantIdPattern(id: string): RegExp {
  return new RegExp(`['"\`]${id}(['"\`]|-[a-z])`);
}

function offences(files: string[], list: Tenant[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    // Regular-expression flags such as new RegExp(p, 'gu') are not tenant ids.
    const text = readFileSync(file, 'utf8').replace(/(RegExp\([^)]*,\s*)(['"`])[dgimsuvy]+\2/g, '$1');
    for (const tenant of list) {
      for (const name of tenant.names) if (text.includes(name)) found.push(`${path.relative(root, file)}: ${name}`);
      if (tenantIdPattern(tenant.id).test(text)) found.push(`${path.relative(root, file)}: tenant id ${tenant.id}`);
    }
  }
  return found;
}

describe('county specifics stay in processes/', () => {
  const list = tenants();

  it('knows the tenants it guards against', () => {
    expect(list.length).toBeGreaterThanOrEqual(5);
    expect(list.flatMap((tenant) => tenant.names)).toContain('古县');
  });

  it('finds a county name or tenant id when one is planted', () => {
    const sample = list[0];
    const dir = mkdtempSync(path.join(tmpdir(), 'duban-planted-'));
    try {
      const planted = path.join(dir, 'planted.ts');
      writeFileSync(planted, `const processId = '${sample.id}-item'; // ${sample.names[0]}\n`);
      const clean = path.join(dir, 'clean.ts');
      writeFileSync(clean, `const guard = 'guarded'; // ${sample.id}x\n`);
      const found = offences([planted, clean], [sample]);
      expect(found).toContainEqual(expect.stringContaining(`planted.ts: ${sample.names[0]}`));
      expect(found).toContainEqual(expect.stringContaining(`planted.ts: tenant id ${sample.id}`));
      expect(found.filter((line) => line.includes('clean.ts'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no county name and no tenant id in product code under apps/ and libs/', () => {
    const files = [...productSources(path.join(root, 'apps')), ...productSources(path.join(root, 'libs'))];
    expect(files.length).toBeGreaterThan(50);
    expect(offences(files, list)).toEqual([]);
  });
});
