import type { RouteObject } from 'react-router';

/** 报餐's pages (signed in, outside the tab bar), each loaded when first opened so 首页 stays small. */
export const mealRoutes: RouteObject[] = [
  {
    path: '/meals',
    lazy: async () => ({ Component: (await import('./meals-page')).MealsPage }),
  },
  {
    path: '/meals/leave',
    lazy: async () => ({ Component: (await import('./leave-page')).LeavePage }),
  },
  {
    path: '/meals/pass',
    lazy: async () => ({ Component: (await import('./pass-page')).PassPage }),
  },
  {
    path: '/meals/duty',
    lazy: async () => ({ Component: (await import('./duty-page')).DutyPage }),
  },
  {
    path: '/meals/guests',
    lazy: async () => ({ Component: (await import('./guests-page')).GuestsPage }),
  },
  {
    path: '/meals/counter',
    lazy: async () => ({ Component: (await import('./counter-page')).CounterPage }),
  },
  {
    path: '/meals/kitchen',
    lazy: async () => ({ Component: (await import('./kitchen-page')).KitchenPage }),
  },
];
