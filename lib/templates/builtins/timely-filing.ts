// Proof of timely filing (CARC 29). Payers accept an electronic acceptance report from the
// clearinghouse or the payer (X12 999 / 277CA) or a payer acknowledgement as proof; a print-out of
// the practice's own billing system alone usually is not.
import type { Template } from '../types';
import { letter } from './letter';

export const timelyFiling: Template = {
  id: 'timely-filing',
  builtIn: true,
  name: { en: 'Proof of timely filing (CO-29)', fr: 'Preuve de soumission dans les délais (CO-29)' },
  // What it answers comes from the denial playbook (builtins/index.ts): one mapping.
  denialCodes: [],
  body: {
    en: letter('en', {
      department: 'reconsideration',
      subject: 'Proof of timely filing',
      denialLine: true,
      body: `This claim was denied because the filing limit had passed. Our records show that it was first submitted within the limit:

Original submission date: {{originalSubmissionDate}}
Proof of submission: {{submissionProof}}

The enclosed report shows that the claim was received and accepted on that date. Any later submission was a resubmission or correction of that original, timely claim.

Requested action: please accept the original submission date as the filing date, reverse the timely-filing denial and process the claim for payment.`,
      enclosures: [
        'Clearinghouse or payer acceptance report (999 / 277CA) showing the claim accepted on the date above',
        'Remittance advice / explanation of benefits showing the timely-filing denial',
        'Earlier correspondence or rejection notices for this claim, if any',
      ],
    }),
    fr: letter('fr', {
      department: 'reconsideration',
      subject: 'Preuve de soumission dans les délais',
      denialLine: true,
      body: `Cette réclamation a été refusée au motif que le délai de soumission était expiré. Nos dossiers montrent qu'elle a d'abord été soumise dans le délai :

Date de la soumission initiale : {{originalSubmissionDate}}
Preuve de soumission : {{submissionProof}}

Le rapport joint montre que la réclamation a été reçue et acceptée à cette date. Toute soumission ultérieure était une nouvelle soumission ou une correction de cette réclamation initiale, soumise à temps.

Mesure demandée : veuillez retenir la date de soumission initiale comme date de dépôt, annuler le refus pour dépassement de délai et traiter la réclamation aux fins de paiement.`,
      enclosures: [
        "Rapport d'acceptation du centre d'échange ou du payeur (999 / 277CA) montrant la réclamation acceptée à la date ci-dessus",
        'Avis de paiement / relevé des prestations indiquant le refus pour dépassement de délai',
        'Correspondance ou avis de rejet antérieurs pour cette réclamation, le cas échéant',
      ],
    }),
  },
};
