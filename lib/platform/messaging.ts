/**
 * Every message between the extension's contexts, its reply type, who may send it, and the guard
 * that validates it on receipt. Each domain declares its own in lib/<domain>/messages.ts; this file
 * merges them so the whole protocol reads at a glance
 * (the pattern of @webext-core/messaging's ProtocolMap, plus validation and a sender check as in
 * Bitwarden's client: a content script runs on a portal page and must not be able to call
 * extension-only operations).
 */
import { browser, type Browser } from 'wxt/browser';
import { isRecord, isString, type Guard } from './validate';
import type { SenderKind } from './message-contracts';
import { claimsSpecs, type ClaimsProtocol } from '@/lib/reading/messages';
import { sitesSpecs, type SitesProtocol } from '@/lib/sites/messages';
import { workspaceSpecs, type WorkspaceProtocol } from '@/lib/workspace/messages';
import { codesSpecs, type CodesProtocol } from '@/lib/codes/messages';
import { notesSpecs, type NotesProtocol } from '@/lib/notes/messages';
import { templatesSpecs, type TemplatesProtocol } from '@/lib/templates/messages';
import { editsSpecs, type EditsProtocol } from '@/lib/edits/messages';
import { errorMessage } from './errors';

export type { SenderKind } from './message-contracts';

export interface ProtocolMap extends WorkspaceProtocol, SitesProtocol, ClaimsProtocol, CodesProtocol, NotesProtocol, TemplatesProtocol, EditsProtocol {}

export type MessageType = keyof ProtocolMap;
export type Req<K extends MessageType> = ProtocolMap[K]['req'];
export type Res<K extends MessageType> = ProtocolMap[K]['res'];

/**
 * Runtime half of the protocol: the receiver-side guard of the request, the sender-side guard of
 * the reply, and the allowed senders of every message.
 */
export const PROTOCOL: { [K in MessageType]: { req: Guard<Req<K>>; res: Guard<Res<K>>; from: readonly SenderKind[] } } = {
  ...workspaceSpecs,
  ...sitesSpecs,
  ...claimsSpecs,
  ...codesSpecs,
  ...notesSpecs,
  ...templatesSpecs,
  ...editsSpecs,
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
  throw new MessageError(typeof reply.error === 'string' && reply.error.length <= 500 ? reply.error : `${type} failed`);
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
