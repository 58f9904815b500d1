import { describe, expect, it } from 'vitest';
import { clockSkew } from './use-now';

describe('clockSkew', () => {
  it('is how far the server clock is ahead of the device when the answer arrived', () => {
    expect(clockSkew('2026-12-03T01:31:00.000Z', Date.parse('2026-11-27T00:00:00.000Z'))).toBe(
      Date.parse('2026-12-03T01:31:00.000Z') - Date.parse('2026-11-27T00:00:00.000Z'),
    );
    expect(clockSkew('2026-11-27T00:00:00.000Z', Date.parse('2026-11-27T00:05:00.000Z'))).toBe(-300_000);
  });

  it('is zero without an answer or with a bad time', () => {
    expect(clockSkew(undefined, Date.now())).toBe(0);
    expect(clockSkew('2026-11-27T00:00:00Z', 0)).toBe(0);
    expect(clockSkew('not a time', Date.now())).toBe(0);
  });
});
