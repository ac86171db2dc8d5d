// The built-in templates, in the order the Templates tab lists them. Ids are a contract: the denial
// playbook and saved preferences refer to them.
import type { Template } from '@/lib/templates/types';
import { bundlingModifier } from './bundling-modifier';
import { callNote } from './call-note';
import { coordinationOfBenefits } from './coordination-of-benefits';
import { correctedClaim } from './corrected-claim';
import { duplicateClaim } from './duplicate-claim';
import { medicalNecessity } from './medical-necessity';
import { reconsideration } from './reconsideration';
import { retroAuthorization } from './retro-authorization';
import { timelyFiling } from './timely-filing';
import { underpayment } from './underpayment';

export const BUILT_IN_TEMPLATES: readonly Template[] = [
  medicalNecessity,
  bundlingModifier,
  timelyFiling,
  correctedClaim,
  retroAuthorization,
  duplicateClaim,
  coordinationOfBenefits,
  underpayment,
  reconsideration,
  callNote,
];

export const BUILT_IN_IDS: readonly string[] = BUILT_IN_TEMPLATES.map((t) => t.id);
