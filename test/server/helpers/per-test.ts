// A stand-in for an object that a fixture creates before each test and destroys after it, so
// a test file can name it once at the top (`const net = useNetwork()`) and use it like a
// plain variable inside its tests.
export function forward<T extends object>(current: () => T | null | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const target = current();
      if (!target) throw new Error(`${what} exists only while a test runs`);
      return Reflect.get(target, key) as unknown;
    },
  });
}
