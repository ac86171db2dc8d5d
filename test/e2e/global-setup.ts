// Built once before the E2E files run: fixture assets that are generated, not committed.
import { buildReactFixture } from '@/test/fixtures/forms/build';

export default async function setup(): Promise<void> {
  await buildReactFixture();
}
