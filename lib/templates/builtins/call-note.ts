// A follow-up note as specialists write it after a payer call or portal check: when, who, the call
// reference, what was learned, what was done, when to follow up (see docs/domain.md).
import type { Template } from '@/lib/templates/types';

export const callNote: Template = {
  id: 'call-note',
  builtIn: true,
  name: { en: 'Call note', fr: 'Note d’appel' },
  // What it answers comes from the denial playbook (builtins/index.ts): one mapping.
  denialCodes: [],
  body: {
    en: `{{today}} - Call to {{payer}}
Claim {{claimNumber}} | Patient {{patientName}} | Member ID {{memberId}} | DOS {{datesOfService}}
Billed {{billed}}{{#paid}}, paid {{paid}}{{/paid}}{{#status}} | Status: {{status}}{{/status}}
{{#denialCodes}}
Denial codes: {{denialCodes}}
{{/denialCodes}}
Spoke with: {{repName}} | Call reference #: {{callReference}}
Learned: 
Action taken: 
Next follow-up: {{nextFollowUp}}`,
    fr: `{{today}} - Appel à {{payer}}
Réclamation {{claimNumber}} | Patient {{patientName}} | Numéro de membre {{memberId}} | Date(s) de service {{datesOfService}}
Facturé {{billed}}{{#paid}}, payé {{paid}}{{/paid}}{{#status}} | Statut : {{status}}{{/status}}
{{#denialCodes}}
Codes de refus : {{denialCodes}}
{{/denialCodes}}
Interlocuteur : {{repName}} | Numéro de référence de l'appel : {{callReference}}
Appris : 
Mesure prise : 
Prochain suivi : {{nextFollowUp}}`,
  },
};
