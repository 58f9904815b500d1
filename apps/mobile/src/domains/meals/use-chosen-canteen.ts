import type { Canteen } from '@houqin/contracts';
import { useState } from 'react';
import { storeCanteenId, storedCanteenId } from './last-canteen';

/** The canteen in use on a page: the last one chosen on this device when it is offered, else the first. */
export function useChosenCanteen(canteens: readonly Canteen[]): [Canteen | null, (id: string) => void] {
  const [chosenId, setChosenId] = useState<string | null>(storedCanteenId);
  const canteen = canteens.find((c) => c.id === chosenId) ?? canteens[0] ?? null;
  const choose = (id: string) => {
    setChosenId(id);
    storeCanteenId(id);
  };
  return [canteen, choose];
}
