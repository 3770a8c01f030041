/**
 * One value per key, made on first use: the Intl formatters that components ask for hundreds of
 * times a render are costly to create and cheap to keep. Past `limit` values (for keys without
 * bound, such as instants), the cache starts over. Pure code.
 */
export function memo<T>(cache: Map<string, T>, key: string, make: () => T, limit = Infinity): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
  }
  return value;
}
