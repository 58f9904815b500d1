import { describe, expect, it } from 'vitest';
import { toAudienceInput } from './audience';

describe('toAudienceInput', () => {
  it('sends only what the chosen kind needs', () => {
    expect(toAudienceInput({ kind: 'all', unitId: 'u-1', role: 'auditor' })).toEqual({ kind: 'all' });
    expect(toAudienceInput({ kind: 'unit', unitId: 'u-1', role: 'auditor' })).toEqual({
      kind: 'unit',
      unitId: 'u-1',
    });
    expect(toAudienceInput({ kind: 'role', unitId: 'u-1', role: 'auditor' })).toEqual({
      kind: 'role',
      role: 'auditor',
    });
  });

  it('has nothing while the unit or role is missing', () => {
    expect(toAudienceInput({ kind: 'unit' })).toBeUndefined();
    expect(toAudienceInput({ kind: 'role' })).toBeUndefined();
  });
});
