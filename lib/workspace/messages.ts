/** Messages of the extension shell: liveness, and the page chip asking for the side panel. */
import type { SpecTable } from '@/lib/platform/message-contracts';
import { isEmpty } from '@/lib/platform/validate';

export interface WorkspaceProtocol {
  /** Liveness and version; any of our contexts. */
  ping: { req: Record<string, never>; res: { pong: true; version: string } };
  /** The content script's chip asks to open the side panel for its tab. */
  'sidepanel.open': { req: Record<string, never>; res: { opened: boolean } };
}

export const workspaceSpecs: SpecTable<WorkspaceProtocol> = {
  ping: { req: isEmpty, from: ['extension', 'content'] },
  'sidepanel.open': { req: isEmpty, from: ['content'] },
};
