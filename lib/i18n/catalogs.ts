// One line per domain catalog. Each file exports `{ en, fr }` with the same keys.
import type { Catalog } from './index';
import core from './messages/core';
import codes from './messages/codes';
import claims from './messages/claims';
import notes from './messages/notes';
import templates from './messages/templates';
import checks from './messages/checks';
import claimsSettings from './messages/claims-settings';
import codeData from './messages/code-data';
import actions from './messages/actions';

export const catalogs: Catalog[] = [core, codes, claims, notes, templates, checks, claimsSettings, codeData, actions];
