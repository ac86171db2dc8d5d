// Underpayment / contract-rate dispute: the claim paid, but the payer *allowed* less than the rate in
// the practice's agreement. The comparison is allowed vs expected allowed: the paid amount also
// reflects the patient's deductible and coinsurance, so comparing payments would mislead. Nothing was denied, so no denial line and no CARC: the playbook does not
// suggest it for CO-45, which sits on nearly every paid claim.
import type { Template } from '@/lib/templates/types';
import { letter } from './letter';

export const underpayment: Template = {
  id: 'underpayment',
  builtIn: true,
  name: { en: 'Underpayment / contract-rate dispute', fr: 'Paiement insuffisant / contestation du tarif contractuel' },
  // What it answers comes from the denial playbook (builtins/index.ts): one mapping.
  denialCodes: [],
  body: {
    en: letter('en', {
      department: 'reconsideration',
      subject: 'Payment dispute: claim paid below the contracted rate',
      denialLine: false,
      body: `This claim was paid, but at less than the rate in our agreement with your plan.

Allowed amount expected under the contract: {{expectedAmount}}
Allowed amount on the remittance: {{allowed}}
Amount paid: {{paid}}
{{#checkNumber}}
Check / EFT number: {{checkNumber}}{{#paidDate}}, dated {{paidDate}}{{/paidDate}}
{{/checkNumber}}
Contract or fee schedule reference: {{contractReference}}

Lines paid below the contracted rate:
{{lines}}

Requested action: please reprice this claim at the allowed amount in our agreement and issue an adjusted payment for the difference in allowed amount (less the patient's share), with any interest due under the applicable prompt-payment rules. If you believe the payment is correct, please tell us which fee schedule and rate were applied.`,
      enclosures: [
        'Remittance advice / explanation of benefits for this claim',
        'Relevant page of the contract or fee schedule showing the agreed rate',
      ],
    }),
    fr: letter('fr', {
      department: 'reconsideration',
      subject: 'Contestation de paiement : réclamation payée sous le tarif contractuel',
      denialLine: false,
      body: `Cette réclamation a été payée, mais à un montant inférieur au tarif prévu dans notre entente avec votre régime.

Montant admissible attendu selon le contrat : {{expectedAmount}}
Montant admissible sur l'avis de paiement : {{allowed}}
Montant payé : {{paid}}
{{#checkNumber}}
Numéro de chèque / de virement : {{checkNumber}}{{#paidDate}}, en date du {{paidDate}}{{/paidDate}}
{{/checkNumber}}
Référence du contrat ou du barème : {{contractReference}}

Lignes payées sous le tarif contractuel :
{{lines}}

Mesure demandée : veuillez retarifer cette réclamation au montant admissible prévu dans notre entente et verser un paiement rectificatif pour l'écart de montant admissible (déduction faite de la part du patient), avec les intérêts dus selon les règles de paiement rapide applicables. Si vous estimez que le paiement est exact, veuillez nous indiquer le barème et le tarif appliqués.`,
      enclosures: [
        'Avis de paiement / relevé des prestations de cette réclamation',
        "Page pertinente du contrat ou du barème indiquant le tarif convenu",
      ],
    }),
  },
};
