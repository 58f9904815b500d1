/**
 * Short building names for tight places (the timeline's row headers): the part after what every
 * listed building's name has in common, e.g. 行政中心A座 and 行政中心B座 → A座 and B座. Names stay
 * whole when there is one building, nothing in common, or a name would be left with fewer than two
 * characters (a lone letter says too little).
 */
export function shortBuildingNames(names: readonly string[]): Map<string, string> {
  const unique = [...new Set(names)];
  const whole = new Map(unique.map((name) => [name, name]));
  if (unique.length < 2) return whole;
  const chars = unique.map((name) => Array.from(name));
  let common = 0;
  while (chars.every((c) => common < c.length && c[common] === chars[0]?.[common])) common++;
  if (common === 0) return whole;
  const rests = chars.map((c) => c.slice(common).join(''));
  if (rests.some((rest) => Array.from(rest).length < 2)) return whole;
  return new Map(unique.map((name, i) => [name, rests[i] as string]));
}
