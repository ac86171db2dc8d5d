/**
 * The browser of a `describe` block, for the E2E files. Apart from harness.ts so that the benches,
 * which launch the same browser outside Vitest, do not import Vitest.
 */
import { afterAll, beforeAll } from 'vitest';
import { launch, type Harness, type LaunchOptions } from './harness';

/**
 * One browser for the enclosing `describe`: launched in its beforeAll, closed in its afterAll. The
 * returned object stands for the harness of the current launch (usable inside hooks and tests, not
 * while the describe body is being collected).
 */
export function browserForSuite(options: LaunchOptions = {}): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await launch(options);
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as Harness, {
    get(_, key) {
      if (!current) throw new Error(`harness.${String(key)} used before the browser was launched (beforeAll)`);
      return Reflect.get(current, key);
    },
  });
}
