/**
 * Typed extension-storage items. Only non-PHI settings live in storage.local; nothing here may
 * ever hold a claim number, member id, name or date of service.
 */
import { storage } from 'wxt/utils/storage';

/** Origins the user enabled ("Enable on this site"). Not PHI: portal hostnames. */
export const enabledSites = storage.defineItem<string[]>('local:sites.enabled', { fallback: [] });

/** UI language chosen in options; null follows the browser. */
export const uiLanguage = storage.defineItem<'en' | 'fr' | null>('local:ui.language', { fallback: null });

/**
 * A lookup asked for from the page's context menu, handed to the side panel. storage.session is
 * memory-only (never written to disk) and the side panel clears it once read: selected text may
 * be anything the user highlighted.
 */
export const pendingLookup = storage.defineItem<{ query: string; at: number } | null>('session:lookup.pending', { fallback: null });

/** Which side panel tab to show next time it opens (set by the context menu and shortcuts). */
export const pendingPanelTab = storage.defineItem<'claim' | 'notes' | 'templates' | 'lookup' | null>('session:panel.tab', { fallback: null });
