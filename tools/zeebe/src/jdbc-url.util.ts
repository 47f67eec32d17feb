/** Turns a `postgres://user:pass@host:port/db?…` URL into the JDBC URL the exporter's driver takes. */
export function toJdbcUrl(databaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error(`not a URL: ${databaseUrl}`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(`not a PostgreSQL URL (postgres://…): ${databaseUrl}`);
  }
  const params = new URLSearchParams(url.search);
  if (url.username) params.set('user', decodeURIComponent(url.username));
  if (url.password) params.set('password', decodeURIComponent(url.password));
  const query = params.toString();
  return `jdbc:postgresql://${url.hostname}:${url.port || '5432'}${url.pathname}${query ? `?${query}` : ''}`;
}
