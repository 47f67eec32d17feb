import { describe, expect, it } from 'vitest';
import { LoadLedger } from './load-ledger.js';

describe('LoadLedger', () => {
  it('runs a side effect once per instance and element however often the job comes back', () => {
    const ledger = new LoadLedger();
    expect(ledger.recordDelivery('j1', 'p1', 'a')).toBe(true);
    expect(ledger.recordDelivery('j1', 'p1', 'a')).toBe(false);
    expect(ledger.recordDelivery('j2', 'p1', 'b')).toBe(true);
    expect(ledger.redeliveries).toBe(1);
    expect(ledger.doubleEffects).toEqual([]);
  });

  it('finds jobs acknowledged twice and the longest pause between completions', () => {
    const ledger = new LoadLedger();
    ledger.recordCompleted('j1');
    ledger.recordCompleted('j1');
    ledger.recordCompleted('j2');
    expect(ledger.doubleAcknowledged).toEqual(['j1']);
    ledger.completionTimes = [1_000, 1_100, 3_100, 3_200];
    expect(ledger.longestGapAfter(1_050)).toBe(2_000);
  });
});
