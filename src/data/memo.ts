/**
 * One value per key, made on first use: the Intl formatters that components ask for hundreds of
 * times a render are costly to create and cheap to keep. Pure code.
 */
export function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
