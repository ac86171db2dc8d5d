// Every portal adapter. Adding a portal = one file here + one fixture folder (the fixture test loops over them).
import { availity } from './availity';
import { epaces } from './epaces';
import { medicareMac } from './medicare-mac';
import { navinet } from './navinet';
import type { PortalAdapter } from './types';
import { uhc } from './uhc';

export const adapters: readonly PortalAdapter[] = [availity, uhc, navinet, medicareMac, epaces];
