export interface Migration {
  version: number;
  name: string;
  /** Raw SQL; runs with search_path set to the workers' schema. */
  sql: string;
}
