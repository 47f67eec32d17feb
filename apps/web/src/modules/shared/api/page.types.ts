/** Cursor pagination as the server returns it: pass `nextCursor` back as `cursor` for the next page. */
export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
  total?: number;
}
