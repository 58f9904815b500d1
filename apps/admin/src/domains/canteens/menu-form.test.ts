import type { Menu } from '@houqin/contracts';
import { describe, expect, it } from 'vitest';
import { menuInput, menuState, menuValues } from './menu-form';

const menu: Menu = {
  id: 'm1',
  canteenId: 'c1',
  date: '2026-10-12',
  meal: 'lunch',
  publishedAt: null,
  dishes: [
    { id: 'd1', name: '红烧鸡腿', tags: [], photoFileId: 'f1', rating: 4.5, ratingCount: 2, myRating: null },
    {
      id: 'd2',
      name: '清炒时蔬',
      tags: ['素食'],
      photoFileId: null,
      rating: null,
      ratingCount: 0,
      myRating: null,
    },
  ],
};

describe('menu editor', () => {
  it('round-trips dishes with their photos', () => {
    const values = menuValues(menu);
    expect(values.dishes[0]?.photo[0]).toMatchObject({ uid: 'f1', url: '/api/files/f1' });
    expect(menuInput(values)).toEqual({
      dishes: [
        { name: '红烧鸡腿', tags: [], photoFileId: 'f1' },
        { name: '清炒时蔬', tags: ['素食'], photoFileId: null },
      ],
    });
  });

  it('sends new uploads by their file id, leaves out blank dishes and unfinished photos', () => {
    expect(
      menuInput({
        dishes: [
          {
            name: ' 地三鲜 ',
            tags: ['素食'],
            photo: [{ uid: 'rc-1', name: 'a.jpg', status: 'done', response: { id: 'f9' } }],
          },
          { name: '  ', tags: [], photo: [] },
          { name: '汤', tags: [], photo: [{ uid: 'rc-2', name: 'b.jpg', status: 'uploading' }] },
        ],
      }),
    ).toEqual({
      dishes: [
        { name: '地三鲜', tags: ['素食'], photoFileId: 'f9' },
        { name: '汤', tags: [], photoFileId: null },
      ],
    });
  });

  it('starts an empty day with one blank dish and tells drafts from published menus', () => {
    expect(menuValues(undefined).dishes).toHaveLength(1);
    expect(menuState(undefined)).toBe('none');
    expect(menuState(menu)).toBe('draft');
    expect(menuState({ ...menu, publishedAt: '2026-10-10T02:00:00Z' })).toBe('published');
  });
});
