/** `build` run once per key, its result kept for the life of the store (for indexes made on first use). */
export function memoize<K, V>(build: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = build(key);
      made.set(key, value);
    }
    return value;
  };
}
