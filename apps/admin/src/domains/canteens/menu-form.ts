import type { DishTag, Menu, SaveMenuInput } from '@houqin/contracts';

/** A photo in a dish's upload list: `uid` is the file id once uploaded. */
export interface PhotoItem {
  uid: string;
  name: string;
  status?: 'uploading' | 'done' | 'error' | 'removed';
  url?: string;
  thumbUrl?: string;
  response?: { id: string };
}

export interface DishValues {
  name: string;
  tags: DishTag[];
  photo: PhotoItem[];
}

export const filePath = (id: string) => `/api/files/${encodeURIComponent(id)}`;

/** The editor starts from the menu's dishes, or one empty dish for a day without a menu. */
export function menuValues(menu: Menu | undefined): { dishes: DishValues[] } {
  if (!menu || menu.dishes.length === 0) return { dishes: [{ name: '', tags: [], photo: [] }] };
  return {
    dishes: menu.dishes.map((dish) => ({
      name: dish.name,
      tags: [...dish.tags],
      photo: dish.photoFileId
        ? [
            {
              uid: dish.photoFileId,
              name: dish.name,
              status: 'done',
              url: filePath(dish.photoFileId),
              thumbUrl: `${filePath(dish.photoFileId)}/thumbnail`,
            },
          ]
        : [],
    })),
  };
}

/** What is sent: dishes with a name, in the order shown; a photo only once it finished uploading. */
export function menuInput(values: { dishes: DishValues[] }): SaveMenuInput {
  return {
    dishes: values.dishes
      .filter((dish) => dish.name?.trim())
      .map((dish) => {
        const photo = (dish.photo ?? []).find((p) => p.status === 'done' || p.status === undefined);
        return {
          name: dish.name.trim(),
          tags: dish.tags ?? [],
          photoFileId: photo ? (photo.response?.id ?? photo.uid) : null,
        };
      }),
  };
}

export type MenuState = 'published' | 'draft' | 'none';

export const menuState = (menu: Menu | undefined): MenuState =>
  !menu ? 'none' : menu.publishedAt ? 'published' : 'draft';
