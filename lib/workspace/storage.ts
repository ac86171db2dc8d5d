/**
 * Hand-over items of the extension shell, in storage.session: memory-only (never written to disk),
 * and cleared by the side panel once read, because selected text may be anything the user
 * highlighted.
 */
import { storage } from 'wxt/utils/storage';

/** The side panel's tabs: the one list every view and hand-over uses. */
export const PANEL_TABS = ['claim', 'notes', 'templates', 'lookup'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export function isPanelTab(v: unknown): v is PanelTab {
  return typeof v === 'string' && (PANEL_TABS as readonly string[]).includes(v);
}

/** A lookup asked for from the page's context menu, handed to the side panel. */
export const pendingLookup = storage.defineItem<{ query: string; at: number } | null>('session:lookup.pending', { fallback: null });

/** Which side panel tab to show next time it opens (set by the context menu and shortcuts). */
export const pendingPanelTab = storage.defineItem<PanelTab | null>('session:panel.tab', { fallback: null });
