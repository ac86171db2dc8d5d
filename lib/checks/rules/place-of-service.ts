/**
 * The claim's place of service (CMS-1500 box 24B) must be a CMS code. The table is the CMS list as
 * extracted (lib/codes/pos.ts); CMS assigns new codes now and then, so a code missing from it is
 * a warning to verify, not an error.
 */
import { makeFinding } from '@/lib/checks/make';
import type { Rule } from '@/lib/checks/types';
import { placeOfServiceName } from '@/lib/codes/pos';

export const placeOfService: Rule = {
  id: 'place-of-service',
  check(ctx) {
    const pos = ctx.claim.placeOfService;
    if (!pos || placeOfServiceName(pos)) return [];
    return [makeFinding('place-of-service', 'warning', { claim: true }, pos, 'check.place-of-service.unknown', { code: pos },
      { templateId: 'corrected-claim', sourceKey: 'check.source.pos' })];
  },
};
