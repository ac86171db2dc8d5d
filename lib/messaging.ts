/**
 * Every message between the extension's contexts, its reply type, who may send it, and the guard
 * that validates it on receipt. One file so the whole protocol reads at a glance
 * (the pattern of @webext-core/messaging's ProtocolMap, plus validation and a sender check as in
 * Bitwarden's client: a content script runs on a portal page and must not be able to call
 * extension-only operations).
 */
import { browser, type Browser } from 'wxt/browser';
import { isArrayOf, isBoolean, isEmpty, isLiteral, isNullable, isOneOf, isRecord, isShape, isShortString, isString, type Guard } from './validate';
import type { SenderKind, SpecTable } from './messaging-core';
import { claimsSpecs, type ClaimsProtocol } from './messages/claims';
import { codesSpecs, type CodesProtocol } from './messages/codes';
import { notesSpecs, type NotesProtocol } from './messages/notes';
import { templatesSpecs, type TemplatesProtocol } from './messages/templates';
import { errorMessage } from './errors';

export type { SenderKind } from './messaging-core';

/** Messages of the extension shell; each domain adds its own in lib/messages/<domain>.ts. */
export interface CoreProtocol {
  /** Liveness and version; any of our contexts. */
  ping: { req: Record<string, never>; res: { pong: true; version: string } };
  /** Is Remit Ranger enabled on this origin ("https://portal.example.com")? */
  'sites.status': { req: { origin: string }; res: SiteStatus };
  /** Enable after the page holding the user gesture obtained the host permission. */
  'sites.enable': { req: { origin: string }; res: SiteStatus };
  'sites.disable': { req: { origin: string }; res: SiteStatus };
  'sites.list': { req: Record<string, never>; res: { origins: string[] } };
  /** The content script's chip asks to open the side panel for its tab. */
  'sidepanel.open': { req: Record<string, never>; res: { opened: boolean } };
  /**
   * Content script -> service worker: may I run in this frame, and in which language? Answered for
   * the sender's own URL, so the content script needs no access to storage (issue 17 item 4).
   */
  'sites.context': { req: Record<string, never>; res: { enabled: boolean; language: 'en' | 'fr' | null } };
  /** Service worker -> content scripts: the enabled sites changed; ask `sites.context` again. */
  'sites.recheck': { req: Record<string, never>; res: { running: boolean } };
}

export interface SiteStatus {
  origin: string;
  enabled: boolean;
  granted: boolean;
}

export interface ProtocolMap extends CoreProtocol, ClaimsProtocol, CodesProtocol, NotesProtocol, TemplatesProtocol {}

export type MessageType = keyof ProtocolMap;
export type Req<K extends MessageType> = ProtocolMap[K]['req'];
export type Res<K extends MessageType> = ProtocolMap[K]['res'];

const isOrigin: Guard<string> = (v): v is string =>
  isShortString(300)(v) && /^https?:\/\/[^/\s]+$/.test(v);

const isOriginReq = isShape<{ origin: string }>({ origin: isOrigin });

const isSiteStatus: Guard<SiteStatus> = isShape({ origin: isOrigin, enabled: isBoolean, granted: isBoolean });

const coreSpecs: SpecTable<CoreProtocol> = {
  ping: { req: isEmpty, res: isShape({ pong: isLiteral(true), version: isShortString(40) }), from: ['extension', 'content'] },
  'sites.status': { req: isOriginReq, res: isSiteStatus, from: ['extension'] },
  'sites.enable': { req: isOriginReq, res: isSiteStatus, from: ['extension'] },
  'sites.disable': { req: isOriginReq, res: isSiteStatus, from: ['extension'] },
  'sites.list': { req: isEmpty, res: isShape({ origins: isArrayOf(isOrigin, 10_000) }), from: ['extension'] },
  'sidepanel.open': { req: isEmpty, res: isShape({ opened: isBoolean }), from: ['content'] },
  'sites.context': {
    req: isEmpty,
    res: isShape({ enabled: isBoolean, language: isNullable(isOneOf<'en' | 'fr'>(['en', 'fr'])) }),
    from: ['content'],
  },
  'sites.recheck': { req: isEmpty, res: isShape({ running: isBoolean }), from: ['extension'] },
};

/**
 * Runtime half of the protocol: the receiver-side guard of the request, the sender-side guard of
 * the reply, and the allowed senders of every message.
 */
export const PROTOCOL: { [K in MessageType]: { req: Guard<Req<K>>; res: Guard<Res<K>>; from: readonly SenderKind[] } } = {
  ...coreSpecs,
  ...claimsSpecs,
  ...codesSpecs,
  ...notesSpecs,
  ...templatesSpecs,
};

interface Envelope {
  rr: 1;
  type: string;
  data: unknown;
}

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

function isEnvelope(v: unknown): v is Envelope {
  return isRecord(v) && v.rr === 1 && isString(v.type) && 'data' in v;
}

export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Classifies a sender, or null when it is not us (another extension, a web page, a stale context).
 * Fails closed: a sender with our id but neither an extension URL nor a tab with a web URL is not
 * trusted as an extension page (Chrome and Firefox give the service worker's URL, so nothing of
 * ours arrives without one).
 */
export function senderKind(sender: Browser.runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab && sender.url && /^https?:/.test(sender.url)) return 'content';
  return null;
}

/**
 * Returned synchronously by a handler that has nothing to say (e.g. a frame without a claim when
 * the side panel asks every frame of a tab): the router then stays silent so another frame answers.
 */
export const NO_REPLY: unique symbol = Symbol('no-reply');

export type Handler<K extends MessageType> = (
  data: Req<K>,
  sender: Browser.runtime.MessageSender,
) => Res<K> | Promise<Res<K>> | typeof NO_REPLY;

export type Handlers = { [K in MessageType]?: Handler<K> };

/**
 * Builds a runtime.onMessage listener that validates the envelope, the type, the sender and the
 * payload before calling a handler. Unknown or unhandled types return undefined so another
 * context (or another listener) may answer; invalid ones are answered with an error.
 */
export function createRouter(handlers: Handlers, ids = { id: browser.runtime.id, origin: browser.runtime.getURL('/') }) {
  return (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const type = message.type as MessageType;
    const spec = Object.hasOwn(PROTOCOL, type) ? PROTOCOL[type] : undefined;
    const handler = handlers[type] as Handler<MessageType> | undefined;
    if (!spec || !handler) return undefined;
    const kind = senderKind(sender, ids.id, ids.origin);
    if (!kind || !spec.from.includes(kind)) {
      return Promise.resolve({ ok: false, error: `sender not allowed for ${type}` });
    }
    if (!(spec.req as Guard<unknown>)(message.data)) {
      return Promise.resolve({ ok: false, error: `invalid payload for ${type}` });
    }
    let result: ReturnType<typeof handler>;
    try {
      result = handler(message.data as never, sender);
    } catch (err) {
      return Promise.resolve({ ok: false, error: errorMessage(err) });
    }
    if (result === NO_REPLY) return undefined;
    return Promise.resolve(result)
      .then(
        (data) => ({ ok: true as const, data }),
        (err: unknown) => ({ ok: false as const, error: errorMessage(err) }),
      );
  };
}

/** Opens a reply and checks its data against the type's reply guard (a reply is foreign data too). */
export function unwrap<K extends MessageType>(type: K, reply: unknown): Res<K> {
  if (!isRecord(reply)) throw new MessageError(`no handler answered ${type}`);
  if (reply.ok === true) {
    if (!(PROTOCOL[type].res as Guard<unknown>)(reply.data)) throw new MessageError(`invalid reply for ${type}`);
    return reply.data as Res<K>;
  }
  throw new MessageError(isShortString(500)(reply.error) ? reply.error : `${type} failed`);
}

/** Sends to the service worker and the extension's pages. */
export async function sendMessage<K extends MessageType>(type: K, data: Req<K>): Promise<Res<K>> {
  const envelope: Envelope = { rr: 1, type, data };
  return unwrap(type, await browser.runtime.sendMessage(envelope));
}

/** Sends to the content script(s) of a tab (one frame when frameId is given). */
export async function sendToTab<K extends MessageType>(tabId: number, type: K, data: Req<K>, frameId?: number): Promise<Res<K>> {
  const envelope: Envelope = { rr: 1, type, data };
  const reply: unknown = await browser.tabs.sendMessage(tabId, envelope, frameId === undefined ? undefined : { frameId });
  return unwrap(type, reply);
}
