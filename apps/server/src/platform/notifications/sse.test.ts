import { describe, expect, it } from 'vitest';
import { describeDeliveryError } from './redact';
import { lastEventIdOf, sseComment, sseEvent } from './sse';

describe('SSE framing', () => {
  it('writes one event with id, name and one-line JSON data', () => {
    expect(sseEvent({ id: 7, name: 'notification', data: { title: '第一行\n第二行' } })).toBe(
      'id: 7\nevent: notification\ndata: {"title":"第一行\\n第二行"}\n\n',
    );
    expect(sseComment('a\nb')).toBe(': a b\n\n');
  });

  it('takes Last-Event-ID from the header first, then the query; garbage counts as absent', () => {
    expect(lastEventIdOf('12', '3')).toBe(12);
    expect(lastEventIdOf(undefined, '3')).toBe(3);
    expect(lastEventIdOf('abc', '3')).toBe(3);
    expect(lastEventIdOf('abc', undefined)).toBeUndefined();
    expect(lastEventIdOf(['1', '2'], undefined)).toBeUndefined();
    expect(lastEventIdOf('-1', '1e3')).toBeUndefined();
  });
});

describe('delivery errors', () => {
  it('masks e-mail addresses and mobile numbers and keeps the cause code', () => {
    const err = new Error('550 Recipient <zhangsan@example.gov.cn> rejected; call 13812345678', {
      cause: { code: 'EENVELOPE' },
    });
    expect(describeDeliveryError(err)).toBe(
      '550 Recipient <***@example.gov.cn> rejected; call *********** (EENVELOPE)',
    );
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(describeDeliveryError(timeout)).toBe('TimeoutError: The operation was aborted due to timeout');
  });
});
