import { type ComponentType, lazy } from 'react';

/** React.lazy for a module's named component export. */
export function lazyPage<Name extends string, Props extends object = Record<string, never>>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
