// Explanation after a duplicate-claim denial (CARC 18). The usual cases: the same service really
// was performed again (repeat procedure, modifiers 76/77/91, different times of day), the claim is
// a corrected replacement, or the payer matched two different dates or patients.
import type { Template } from '@/lib/templates/types';
import { letter } from './letter';

export const duplicateClaim: Template = {
  id: 'duplicate-claim',
  builtIn: true,
  name: { en: 'Duplicate-claim explanation (CO-18)', fr: 'Explication – réclamation en double (CO-18)' },
  // What it answers comes from the denial playbook (builtins/index.ts): one mapping.
  denialCodes: [],
  body: {
    en: letter('en', {
      department: 'reconsideration',
      subject: 'Claim denied as a duplicate: services are not duplicates',
      denialLine: true,
      body: `This claim was denied as a duplicate of a claim already on file{{#originalClaimNumber}} (claim number {{originalClaimNumber}}){{/originalClaimNumber}}. The services billed are not a duplicate submission.

Services concerned:
{{deniedLines}}

Explanation:
{{explanation}}

Where the same service was performed more than once on the same date, the claim reports it with the appropriate repeat modifier (76, 77 or 91) or units, and the enclosed notes record each occurrence separately. Where this claim replaced an earlier one, it was sent as a corrected claim and should be processed in place of the original.

Requested action: please reverse the duplicate denial and process the services above for payment.`,
      enclosures: [
        'Remittance advice / explanation of benefits showing the denial',
        'Notes documenting each service, with times where the service was repeated',
        'Remittance for the other claim, if it was paid',
      ],
    }),
    fr: letter('fr', {
      department: 'reconsideration',
      subject: 'Réclamation refusée comme doublon : les services ne sont pas en double',
      denialLine: true,
      body: `Cette réclamation a été refusée comme doublon d'une réclamation déjà au dossier{{#originalClaimNumber}} (numéro de réclamation {{originalClaimNumber}}){{/originalClaimNumber}}. Les services facturés ne constituent pas une soumission en double.

Services concernés :
{{deniedLines}}

Explication :
{{explanation}}

Lorsque le même service a été rendu plus d'une fois le même jour, la réclamation l'indique au moyen du modificateur de répétition approprié (76, 77 ou 91) ou du nombre d'unités, et les notes jointes consignent chaque occurrence séparément. Lorsque cette réclamation en remplaçait une autre, elle a été transmise comme réclamation corrigée et doit être traitée en remplacement de l'originale.

Mesure demandée : veuillez annuler le refus pour doublon et traiter les services ci-dessus aux fins de paiement.`,
      enclosures: [
        'Avis de paiement / relevé des prestations indiquant le refus',
        'Notes documentant chaque service, avec les heures lorsque le service a été répété',
        "Avis de paiement de l'autre réclamation, si elle a été payée",
      ],
    }),
  },
};
