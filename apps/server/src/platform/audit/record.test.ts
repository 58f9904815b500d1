import { describe, expect, it } from 'vitest';
import { canonicalJson } from './chain';
import { diffForAudit } from './record';

describe('diffForAudit', () => {
  it('keeps only the fields that changed, dates as ISO text', () => {
    const when = new Date('2026-03-01T00:30:00Z');
    expect(
      diffForAudit({ name: '甲', roles: ['staff'], at: null }, { name: '乙', roles: ['staff'], at: when }),
    ).toEqual({
      name: { before: '甲', after: '乙' },
      at: { before: null, after: '2026-03-01T00:30:00.000Z' },
    });
  });

  it('creation and deletion show null on the missing side', () => {
    expect(diffForAudit(undefined, { code: 'A' })).toEqual({ code: { before: null, after: 'A' } });
    expect(diffForAudit({ code: 'A' }, null)).toEqual({ code: { before: 'A', after: null } });
  });

  it('never writes secrets or personal data in clear, at any depth', () => {
    const changes = diffForAudit(
      { password: 'Old-secret-1', mobile: '13800000000', profile: { mobile: '13800000000' } },
      { password: 'New-secret-2', mobile: '13911111111', profile: { mobile: '13911111111', idNumber: 'X1' } },
    );
    expect(changes.password).toEqual({ before: '[redacted]', after: '[redacted]' });
    expect(changes.mobile).toEqual({ before: '[redacted]', after: '[redacted]' });
    const text = JSON.stringify(changes);
    for (const secret of ['Old-secret-1', 'New-secret-2', '13800000000', '13911111111', 'X1']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }),
    );
  });
});
