/** The one error body every endpoint answers with. `code` is stable for programs; `message` is for people. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  /** Validation errors: field path → what is wrong with it. */
  fields?: Record<string, string[]>;
}
