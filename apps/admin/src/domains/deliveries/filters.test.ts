import { describe, expect, it } from 'vitest';
import { parseDeliveryFilters } from './filters';

describe('delivery filters', () => {
  it('keeps known statuses and channels only', () => {
    expect(parseDeliveryFilters(new URLSearchParams('status=failed&channel=webhook&pageSize=50'))).toEqual({
      status: 'failed',
      channel: 'webhook',
      page: 1,
      pageSize: 50,
    });
    expect(parseDeliveryFilters(new URLSearchParams('status=lost&channel=sms&page=0'))).toEqual({
      status: undefined,
      channel: undefined,
      page: 1,
      pageSize: 20,
    });
  });
});
