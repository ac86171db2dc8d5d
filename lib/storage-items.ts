/**
 * Typed extension-storage items. Only non-PHI settings live in storage.local; nothing here may
 * ever hold a claim number, member id, name or date of service.
 */
import { storage } from 'wxt/utils/storage';

/** Origins the user enabled ("Enable on this site"). Not PHI: portal hostnames. */
export const enabledSites = storage.defineItem<string[]>('local:sites.enabled', { fallback: [] });

/** UI language chosen in options; null follows the browser. */
export const uiLanguage = storage.defineItem<'en' | 'fr' | null>('local:ui.language', { fallback: null });
