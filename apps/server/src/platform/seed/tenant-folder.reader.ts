import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { fieldErrors } from '../http/validation.pipe.js';
import { OrganisationFileDto, TenantFileDto } from './tenant-folder.dto.js';

export interface TenantFolder {
  dir: string;
  tenant: TenantFileDto;
  organisation: OrganisationFileDto;
}

export class TenantFolderError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'TenantFolderError';
  }
}

function readValidated<T extends object>(file: string, type: new () => T): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TenantFolderError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const value = plainToInstance(type, raw);
  const errors = validateSync(value, { forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new TenantFolderError(file, Object.entries(fieldErrors(errors)).map(([field, messages]) => `${field}: ${messages.join(', ')}`));
  }
  return value;
}

/** Every folder under `processesDir` holding both tenant.json and organisation.json, sorted by name. */
export function readTenantFolders(processesDir: string): TenantFolder[] {
  if (!existsSync(processesDir)) return [];
  return readdirSync(processesDir)
    .sort()
    .map((name) => path.join(processesDir, name))
    .filter((dir) => statSync(dir).isDirectory())
    .filter((dir) => existsSync(path.join(dir, 'tenant.json')) && existsSync(path.join(dir, 'organisation.json')))
    .map((dir) => {
      const tenant = readValidated(path.join(dir, 'tenant.json'), TenantFileDto);
      const organisation = readValidated(path.join(dir, 'organisation.json'), OrganisationFileDto);
      if (organisation.tenant !== tenant.id || path.basename(dir) !== tenant.id) {
        throw new TenantFolderError(dir, [`folder, tenant.json id and organisation.json tenant must agree (${tenant.id})`]);
      }
      return { dir, tenant, organisation };
    });
}
