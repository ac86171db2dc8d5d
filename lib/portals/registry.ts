// Every portal adapter, most specific first. Adding a portal = one file here + one fixture folder.
import type { PortalAdapter } from './types';

export const adapters: readonly PortalAdapter[] = [];
