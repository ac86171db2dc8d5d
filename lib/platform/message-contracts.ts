/** Types shared by lib/messaging.ts and the per-domain message files in lib/messages/. */
import type { Guard } from './validate';

/** Who may send a message: 'extension' = our own pages and service worker; 'content' = our content script on an enabled page. */
export type SenderKind = 'extension' | 'content';

export interface MessageSpec<Req> {
  req: Guard<Req>;
  from: readonly SenderKind[];
}

export type SpecTable<P> = { [K in keyof P]: P[K] extends { req: infer R } ? MessageSpec<R> : never };
