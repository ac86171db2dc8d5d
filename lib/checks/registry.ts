/** Every cross-check rule, in the order findings of equal severity are listed. One line per rule. */
import { amounts } from './rules/amounts';
import { appealWindow } from './rules/appeal-window';
import { cptShape } from './rules/cpt-shape';
import { denialPlaybook } from './rules/denial-playbook';
import { duplicateLine } from './rules/duplicate-line';
import { extractionUnsure } from './rules/extraction-unsure';
import { dxPointer } from './rules/dx-pointer';
import { hcpcsValidity } from './rules/hcpcs-validity';
import { icd10Dos } from './rules/icd10-dos';
import { icd10Excludes1 } from './rules/icd10-excludes1';
import { icd10Header } from './rules/icd10-header';
import { icd10ManifestationFirst } from './rules/icd10-manifestation-first';
import { icd10NotFirstListed } from './rules/icd10-not-first-listed';
import { icd10AgeSex } from './rules/icd10-age-sex';
import { placeOfService } from './rules/place-of-service';
import { claimFrequency } from './rules/claim-frequency';
import { icd10Placeholder } from './rules/icd10-placeholder';
import { icd10SeventhCharacter } from './rules/icd10-seventh-character';
import { icd10Unknown } from './rules/icd10-unknown';
import { icd9AfterIcd10 } from './rules/icd9-after-icd10';
import { modifierUnknown } from './rules/modifier-unknown';
import { ncciAddOn } from './rules/ncci-add-on';
import { ncciDenial } from './rules/ncci-denial';
import { ncciMue } from './rules/ncci-mue';
import { ncciPtp } from './rules/ncci-ptp';
import { noDateOfService } from './rules/no-date-of-service';
import { timelyFiling } from './rules/timely-filing';
import { units } from './rules/units';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  timelyFiling,
  appealWindow,
  noDateOfService,
  claimFrequency,
  placeOfService,
  extractionUnsure,
  icd10Unknown,
  icd10Placeholder,
  icd10SeventhCharacter,
  icd10Header,
  icd10Dos,
  icd9AfterIcd10,
  icd10ManifestationFirst,
  icd10NotFirstListed,
  icd10AgeSex,
  icd10Excludes1,
  hcpcsValidity,
  cptShape,
  modifierUnknown,
  dxPointer,
  duplicateLine,
  units,
  ncciPtp,
  ncciMue,
  ncciAddOn,
  amounts,
  denialPlaybook,
  ncciDenial,
];
