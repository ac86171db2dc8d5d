// General reconsideration request for a determination none of the specific letters fits. (For
// Medicare Part B the first level is called "redetermination"; the wording stays general.)
import type { Template } from '@/lib/templates/types';
import { letter } from './letter';

export const reconsideration: Template = {
  id: 'reconsideration',
  builtIn: true,
  name: { en: 'Reconsideration request', fr: 'Demande de révision' },
  // What it answers comes from the denial playbook (builtins/index.ts): one mapping.
  denialCodes: [],
  body: {
    en: letter('en', {
      department: 'reconsideration',
      subject: 'Request for reconsideration of a claim determination',
      denialLine: true,
      body: `We ask you to reconsider the determination made on the claim above.

Services concerned:
{{deniedLines}}

Reason for this request:
{{explanation}}

Requested action: please review the claim with the enclosed information and reprocess it for payment. If the determination is upheld, please explain the basis for the decision and how to request the next level of review.`,
      enclosures: [
        'Remittance advice / explanation of benefits showing the determination',
        'Documentation supporting this request',
      ],
    }),
    fr: letter('fr', {
      department: 'reconsideration',
      subject: "Demande de révision d'une décision sur une réclamation",
      denialLine: true,
      body: `Nous vous demandons de réviser la décision rendue sur la réclamation ci-dessus.

Services concernés :
{{deniedLines}}

Motif de la demande :
{{explanation}}

Mesure demandée : veuillez réexaminer la réclamation à la lumière des renseignements joints et la traiter de nouveau aux fins de paiement. Si la décision est maintenue, veuillez en expliquer le fondement et nous indiquer comment demander le palier de révision suivant.`,
      enclosures: [
        'Avis de paiement / relevé des prestations indiquant la décision',
        'Documents à l’appui de la présente demande',
      ],
    }),
  },
};
