import type { Notification } from '@houqin/contracts';
import { describe, expect, it } from 'vitest';
import type { Page } from '../../lib/page';
import { consolePathOf, newestSeq, withAllRead, withArrived, withRead } from './cache';

const note = (seq: number, readAt: string | null = null): Notification => ({
  id: `n-${seq}`,
  seq,
  type: 'announcement.published',
  title: `通知 ${seq}`,
  body: '正文',
  link: '/notifications',
  data: null,
  createdAt: '2026-03-02T01:00:00.000Z',
  readAt,
});
const page = (...items: Notification[]): Page<Notification> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 3,
});

describe('notification caches', () => {
  it('knows the newest seq, 0 for none', () => {
    expect(newestSeq(page(note(7), note(5)))).toBe(7);
    expect(newestSeq(page())).toBe(0);
    expect(newestSeq(undefined)).toBe(0);
  });

  it('puts an arrival on top once, keeping the page size', () => {
    const first = withArrived(page(note(3), note(2), note(1)), note(4));
    expect(first.added).toBe(true);
    expect(first.page?.items.map((n) => n.seq)).toEqual([4, 3, 2]);
    expect(first.page?.total).toBe(4);
    const again = withArrived(first.page, note(4));
    expect(again.added).toBe(false);
    expect(again.page).toBe(first.page);
  });

  it('marks one or all read', () => {
    const list = page(note(2), note(1));
    expect(withRead(list, note(1, '2026-03-02T02:00:00.000Z'))?.items.map((n) => n.readAt)).toEqual([
      null,
      '2026-03-02T02:00:00.000Z',
    ]);
    expect(withAllRead(list, 'now')?.items.every((n) => n.readAt === 'now')).toBe(true);
  });

  it('follows only console links', () => {
    expect(consolePathOf('/admin/calendar?year=2027')).toBe('/calendar?year=2027');
    expect(consolePathOf('/notifications')).toBeNull();
    expect(consolePathOf('/administrator')).toBeNull();
    expect(consolePathOf(null)).toBeNull();
  });
});
