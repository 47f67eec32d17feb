import { describe, expect, it } from 'vitest';
import { toJdbcUrl } from './jdbc-url.util.js';

describe('toJdbcUrl', () => {
  it('moves user and password into query parameters', () => {
    expect(toJdbcUrl('postgres://postgres@127.0.0.1:5432/test')).toBe(
      'jdbc:postgresql://127.0.0.1:5432/test?user=postgres',
    );
    expect(toJdbcUrl('postgresql://u%40x:p%26w@db/duban?sslmode=require')).toBe(
      'jdbc:postgresql://db:5432/duban?sslmode=require&user=u%40x&password=p%26w',
    );
  });

  it('refuses what is not a PostgreSQL URL', () => {
    expect(() => toJdbcUrl('mysql://root@localhost/test')).toThrow(/not a PostgreSQL URL/);
    expect(() => toJdbcUrl('nonsense')).toThrow(/not a URL/);
  });
});
