/**
 * The sites the user enabled, in storage.local. Not PHI: portal origins only, never a claim number,
 * member id, name or date of service.
 */
import { storage } from 'wxt/utils/storage';

/** Origins the user enabled ("Enable on this site"). */
export const enabledSites = storage.defineItem<string[]>('local:sites.enabled', { fallback: [] });
