// Claim reader bootstrap. Registered at runtime for enabled sites only (lib/sites/background.ts),
// never declared in the manifest. Logic lives in lib/page; this file only wires it.
import { startClaimReader } from '@/lib/reading/claim-reader';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  main(ctx) {
    startClaimReader(ctx);
  },
});
