// Coordination of benefits (CARC 22: "may be covered by another payer"). The denial usually comes
// from a stale other-coverage record; the payer updates it after the member's COB questionnaire or
// proof that the other coverage ended, or pays as secondary with the primary's remittance.
import type { Template } from '@/lib/templates/types';
import { letter } from './letter';

export const coordinationOfBenefits: Template = {
  id: 'coordination-of-benefits',
  builtIn: true,
  name: { en: 'Coordination of benefits (CO-22)', fr: 'Coordination des prestations (CO-22)' },
  // What it answers comes from the denial playbook (builtins/index.ts): one mapping.
  denialCodes: [],
  body: {
    en: letter('en', {
      department: 'reconsideration',
      subject: 'Coordination of benefits: request to reprocess',
      denialLine: true,
      body: `This claim was denied as the responsibility of another payer. Our information shows that {{payer}} is responsible for the amounts billed on the date(s) of service.

Other coverage concerned: {{otherPayer}}

Explanation:
{{explanation}}

If the other coverage had ended before the date(s) of service, or was never in force, the member's coordination-of-benefits record with your plan needs to be updated. If the other payer is primary and has paid, this claim is submitted for secondary payment with its remittance enclosed.

Requested action: please update the member's coordination-of-benefits information and reprocess the claim for payment.`,
      enclosures: [
        'Remittance advice / explanation of benefits showing the denial',
        "Primary payer's remittance, or proof that the other coverage ended",
        "Member's completed coordination-of-benefits questionnaire, if available",
      ],
    }),
    fr: letter('fr', {
      department: 'reconsideration',
      subject: 'Coordination des prestations : demande de nouveau traitement',
      denialLine: true,
      body: `Cette réclamation a été refusée comme relevant d'un autre payeur. Selon nos renseignements, {{payer}} est responsable des montants facturés à la ou aux dates de service.

Autre couverture concernée : {{otherPayer}}

Explication :
{{explanation}}

Si l'autre couverture avait pris fin avant la ou les dates de service, ou n'a jamais été en vigueur, le dossier de coordination des prestations du membre auprès de votre régime doit être mis à jour. Si l'autre payeur est le premier payeur et a payé, la présente réclamation est soumise pour paiement à titre de second payeur, avec son avis de paiement joint.

Mesure demandée : veuillez mettre à jour les renseignements de coordination des prestations du membre et traiter de nouveau la réclamation aux fins de paiement.`,
      enclosures: [
        'Avis de paiement / relevé des prestations indiquant le refus',
        "Avis de paiement du premier payeur, ou preuve de la fin de l'autre couverture",
        'Questionnaire de coordination des prestations rempli par le membre, si disponible',
      ],
    }),
  },
};
