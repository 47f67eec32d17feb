import { describe, expect, it } from 'vitest';
import { comparePath } from './expectations.js';
import { ClockGate } from './clock-gate.js';
import { withRunToken } from './run-token.util.js';
import { sameInstant } from '../scenario/matchers.js';

describe('comparePath', () => {
  it('accepts the exact order and any order inside a group', () => {
    expect(comparePath(['s', ['a', 'b'], 'j'], ['s', 'b', 'a', 'j'])).toBeUndefined();
  });

  it('rejects a wrong order outside groups, a missing and an extra element', () => {
    expect(comparePath(['s', 'a', 'b'], ['s', 'b', 'a'])).toContain('expected');
    expect(comparePath(['s', 'a'], ['s'])).toContain('expected');
    expect(comparePath(['s'], ['s', 'a'])).toContain('expected');
    expect(comparePath(['s', ['a', 'a']], ['s', 'a', 'b'])).toContain('expected');
  });
});

describe('ClockGate', () => {
  it('bounds shared tasks and runs an exclusive task alone', async () => {
    const gate = new ClockGate(2);
    let running = 0;
    let most = 0;
    const log: string[] = [];
    const task = (name: string, exclusive: boolean) =>
      gate.run(exclusive, async () => {
        running += 1;
        most = Math.max(most, running);
        if (exclusive) expect(running).toBe(1);
        log.push(name);
        await new Promise((resolve) => setTimeout(resolve, 10));
        running -= 1;
      });
    await Promise.all([task('a', false), task('b', false), task('c', false), task('x', true), task('d', false)]);
    expect(most).toBe(2);
    expect(log.indexOf('x')).toBeGreaterThan(log.indexOf('c'));
    expect(log.indexOf('d')).toBeGreaterThan(log.indexOf('x'));
  });
});

describe('withRunToken', () => {
  it('replaces the token in strings, keys and nested values but leaves matchers alone', () => {
    const matcher = sameInstant('2026-01-01T00:00:00Z');
    const out = withRunToken({ id: 'p_RUNID', list: ['k-RUNID'], nested: { RUNID: 1 }, matcher }, 'r1');
    expect(out).toEqual({ id: 'p_r1', list: ['k-r1'], nested: { r1: 1 }, matcher });
    expect(out.matcher).toBe(matcher);
  });
});
