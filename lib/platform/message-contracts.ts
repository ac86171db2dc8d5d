/** Types shared by lib/platform/messaging.ts and the per-domain message files in lib/messages/. */
import type { Guard } from './validate';

/** Who may send a message: 'extension' = our own pages and service worker; 'content' = our content script on an enabled page. */
export type SenderKind = 'extension' | 'content';

export interface MessageSpec<Req, Res = unknown> {
  req: Guard<Req>;
  /**
   * Guard of the reply, checked by the sender: a reply comes from another context too (a content
   * script on a portal page answers `claims.get`), so it is data to validate like any request.
   */
  res: Guard<Res>;
  from: readonly SenderKind[];
}

export type SpecTable<P> = { [K in keyof P]: P[K] extends { req: infer R; res: infer S } ? MessageSpec<R, S> : never };
