/** Process variables: always a JSON object at the top level, as in Zeebe. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type Variables = { [name: string]: JsonValue };

/** Zeebe rejects variable documents larger than its max message size; we pin the same limit on both engines. */
export const MAX_VARIABLES_BYTES = 4 * 1024 * 1024;

/** Custom headers of a task (`zeebe:taskHeaders`): string keys to string values. */
export type CustomHeaders = { [key: string]: string };
