/** Messages of the extension shell: liveness, and the page chip asking for the side panel. */
import type { SpecTable } from '@/lib/platform/message-contracts';
import { isBoolean, isEmpty, isLiteral, isShape, isShortString } from '@/lib/platform/validate';

export interface WorkspaceProtocol {
  /** Liveness and version; any of our contexts. */
  ping: { req: Record<string, never>; res: { pong: true; version: string } };
  /** The content script's chip asks to open the side panel for its tab. */
  'sidepanel.open': { req: Record<string, never>; res: { opened: boolean } };
}

export const workspaceSpecs: SpecTable<WorkspaceProtocol> = {
  ping: { req: isEmpty, res: isShape({ pong: isLiteral(true), version: isShortString(40) }), from: ['extension', 'content'] },
  'sidepanel.open': { req: isEmpty, res: isShape({ opened: isBoolean }), from: ['content'] },
};
