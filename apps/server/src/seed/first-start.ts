import type { AppContext } from '../platform/context';

export async function seedOnFirstStart(_ctx: AppContext): Promise<void> {}
