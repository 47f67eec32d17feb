import { describe, expect, it } from 'vitest';
import { en } from './messages.en';
import { zh } from './messages.zh';
import { formatMessage } from './format-message.util';

describe('formatMessage', () => {
  it('fills named placeholders, repeated ones too', () => {
    expect(formatMessage('{n} 个待办，{n} 个超期', { n: 3 })).toBe('3 个待办，3 个超期');
  });

  it('keeps an unknown placeholder visible', () => {
    expect(formatMessage('剩余 {days} 天', { other: 1 })).toBe('剩余 {days} 天');
  });
});

describe('dictionaries', () => {
  it('English has every Chinese key, with the same placeholders', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(en[key], key).toBeTypeOf('string');
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });
});
