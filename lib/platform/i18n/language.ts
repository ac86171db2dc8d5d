/** The UI language chosen in options (storage.local, not PHI); null follows the browser. */
import { storage } from 'wxt/utils/storage';

export const uiLanguage = storage.defineItem<'en' | 'fr' | null>('local:ui.language', { fallback: null });
