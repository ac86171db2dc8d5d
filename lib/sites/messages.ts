/**
 * Messages of the sites domain: which portal origins the reader may run on. Only extension pages
 * may ask or change it: a portal page must never enable itself or learn which other sites are on;
 * a content script may only ask about its own frame (`sites.context`, answered for the sender URL).
 */
import type { SpecTable } from '@/lib/platform/message-contracts';
import { isArrayOf, isBoolean, isEmpty, isNullable, isOneOf, isShape, isShortString, type Guard } from '@/lib/platform/validate';

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
  /**
   * Content script -> service worker: may I run in this frame, and in which language? Answered for
   * the sender's own URL, so the content script needs no access to storage (issue 17 item 4).
   */
  'sites.context': { req: Record<string, never>; res: { enabled: boolean; language: 'en' | 'fr' | null } };
  /**
   * Service worker -> content scripts: something the reader depends on changed (enabled sites,
   * taught labels, a payer rule choice); ask `sites.context` again and redraw.
   */
  'sites.recheck': { req: Record<string, never>; res: { running: boolean } };
}

const isOrigin: Guard<string> = (v): v is string =>
  isShortString(300)(v) && /^https?:\/\/[^/\s]+$/.test(v);

const isOriginReq = isShape<{ origin: string }>({ origin: isOrigin });

const isSiteStatus: Guard<SiteStatus> = isShape({ origin: isOrigin, enabled: isBoolean, granted: isBoolean });

export const sitesSpecs: SpecTable<SitesProtocol> = {
  'sites.status': { req: isOriginReq, res: isSiteStatus, from: ['extension'] },
  'sites.enable': { req: isOriginReq, res: isSiteStatus, from: ['extension'] },
  'sites.disable': { req: isOriginReq, res: isSiteStatus, from: ['extension'] },
  'sites.list': { req: isEmpty, res: isShape({ origins: isArrayOf(isOrigin, 10_000) }), from: ['extension'] },
  'sites.context': {
    req: isEmpty,
    res: isShape({ enabled: isBoolean, language: isNullable(isOneOf<'en' | 'fr'>(['en', 'fr'])) }),
    from: ['content'],
  },
  'sites.recheck': { req: isEmpty, res: isShape({ running: isBoolean }), from: ['extension'] },
};
