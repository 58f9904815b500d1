import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type Query, toSearchParams } from './http';

/**
 * A list page's filters and page live in the address bar, so a filtered list can be reloaded,
 * shared and navigated back to. `parse` must be a stable (module-level) function.
 */
export function useUrlFilters<T extends Query>(
  parse: (params: URLSearchParams) => T,
): [T, (next: T) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parse(params), [params, parse]);
  const setFilters = useCallback((next: T) => setParams(toSearchParams(next)), [setParams]);
  return [filters, setFilters];
}

/** A positive whole number from the address bar, or the fallback. */
export function positiveInt(value: string | null, fallback: number, max = 100_000): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= max ? number : fallback;
}

/** A non-empty string from the address bar, or undefined. */
export function text(value: string | null): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}
