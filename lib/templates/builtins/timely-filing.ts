// Proof of timely filing (CARC 29). The proof payers accept is the claim acknowledgment that says
// the payer accepted the claim into adjudication: the 277CA (or the payer's own acceptance report).
// A 999 only acknowledges that a file's syntax was received, not that any claim in it was accepted;
// a print-out of the practice's own billing system alone is not proof either. Original Medicare
// gives no appeal rights on CARC 29 (42 CFR 424.44(b) exceptions only): the findings say so and do
// not offer this letter there.
import type { Template } from '@/lib/templates/types';
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
        'Payer claim acceptance report (277CA, or the payer’s own acceptance report via the clearinghouse) showing this claim accepted on the date above; a 999 file acknowledgment alone does not show the claim was accepted',
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
        "Rapport d'acceptation de la réclamation par le payeur (277CA, ou rapport d'acceptation du payeur transmis par le centre d'échange) montrant cette réclamation acceptée à la date ci-dessus ; un simple accusé de fichier 999 ne montre pas que la réclamation a été acceptée",
        'Avis de paiement / relevé des prestations indiquant le refus pour dépassement de délai',
        'Correspondance ou avis de rejet antérieurs pour cette réclamation, le cas échéant',
      ],
    }),
  },
};
