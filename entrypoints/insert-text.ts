// Insert script bootstrap: injected on demand into every frame of the portal tab when the user
// inserts a letter (lib/templates/insert-into-tab.ts), never declared in the manifest.
import { installInsertListener } from '@/lib/templates/insert-listener';

export default defineUnlistedScript(() => {
  installInsertListener();
});
