/**
 * Messages of the sites domain: which portal origins the reader may run on. Only extension pages
 * may ask or change it: a portal page must never enable itself or learn which other sites are on.
 */
import type { SpecTable } from '@/lib/platform/message-contracts';
import { isEmpty, isShape, isShortString, type Guard } from '@/lib/platform/validate';

export interface SiteStatus {
  origin: string;
  enabled: boolean;
  granted: boolean;
}

export interface SitesProtocol {
  /** Is Remit Ranger enabled on this origin ("https://portal.example.com")? */
  'sites.status': { req: { origin: string }; res: SiteStatus };
  /** Enable after the page holding the user gesture obtained the host permission. */
  'sites.enable': { req: { origin: string }; res: SiteStatus };
  'sites.disable': { req: { origin: string }; res: SiteStatus };
  'sites.list': { req: Record<string, never>; res: { origins: string[] } };
}

const isOrigin: Guard<string> = (v): v is string =>
  isShortString(300)(v) && /^https?:\/\/[^/\s]+$/.test(v);

const isOriginReq = isShape<{ origin: string }>({ origin: isOrigin });

export const sitesSpecs: SpecTable<SitesProtocol> = {
  'sites.status': { req: isOriginReq, from: ['extension'] },
  'sites.enable': { req: isOriginReq, from: ['extension'] },
  'sites.disable': { req: isOriginReq, from: ['extension'] },
  'sites.list': { req: isEmpty, from: ['extension'] },
};
