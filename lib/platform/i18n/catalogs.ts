// One line per domain catalog. Each file exports `{ en, fr }` with the same keys.
import type { Catalog } from '@/lib/platform/i18n';
import core from '@/lib/workspace/strings';
import codes from '@/lib/lookup/strings';
import claims from '@/lib/reading/strings';
import notes from '@/lib/notes/strings';
import templates from '@/lib/templates/strings';
import checks from '@/lib/checks/strings';
import claimsSettings from '@/lib/checks/settings-strings';
import codeData from '@/lib/codes/strings';

export const catalogs: Catalog[] = [core, codes, claims, notes, templates, checks, claimsSettings, codeData];
