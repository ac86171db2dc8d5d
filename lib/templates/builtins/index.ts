// The built-in templates, in the order the Templates tab lists them. Ids are a contract: the denial
// playbook and saved preferences refer to them.
import type { Template } from '@/lib/templates/types';
import { carcsAnswered } from '@/lib/denials/letter';
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

/**
 * A built-in's "denial codes it answers" are the CARCs whose playbook entry names it
 * (lib/denials/letter.ts): the playbook is the one denial-to-letter mapping.
 */
const answering = (t: Template): Template => ({ ...t, denialCodes: carcsAnswered(t.id) });

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
].map(answering);

export const BUILT_IN_IDS: readonly string[] = BUILT_IN_TEMPLATES.map((t) => t.id);
