// Retro-authorization request after a "no prior authorization" denial (CARC 197; CARC 15 when the
// authorization number is missing or does not match). Payers grant retro review mostly for urgent
// care, eligibility unknown at the time of service, or an authorization that exists but was not
// linked to the claim, so the letter asks for the facts that fit one of those.
import type { Template } from '@/lib/templates/types';
import { letter } from './letter';

export const retroAuthorization: Template = {
  id: 'retro-authorization',
  builtIn: true,
  name: { en: 'Retro-authorization request (CO-197)', fr: 'Demande d’autorisation rétroactive (CO-197)' },
  // What it answers comes from the denial playbook (builtins/index.ts): one mapping.
  denialCodes: [],
  body: {
    en: letter('en', {
      department: 'appeals',
      subject: 'Request for retroactive authorization',
      denialLine: true,
      body: `The services below were denied because no prior authorization was on file. We ask that they be reviewed for authorization after the fact and the claim reprocessed.

Services concerned:
{{deniedLines}}

{{#authorizationNumber}}
An authorization was issued for these services: number {{authorizationNumber}}. Please link it to this claim.

{{/authorizationNumber}}
Why authorization could not be obtained in advance:
{{explanation}}

The enclosed records show that the services were medically necessary and would have met the plan's authorization criteria had the request been made before the date of service.

Requested action: please grant retroactive authorization for the services above and reprocess the claim for payment.`,
      enclosures: [
        'Remittance advice / explanation of benefits showing the denial',
        'Clinical notes for the date(s) of service',
        'Records of the urgent circumstances or of the eligibility check made at the time, as applicable',
      ],
    }),
    fr: letter('fr', {
      department: 'appeals',
      subject: "Demande d'autorisation rétroactive",
      denialLine: true,
      body: `Les services ci-dessous ont été refusés faute d'autorisation préalable au dossier. Nous demandons qu'ils soient examinés en vue d'une autorisation après coup et que la réclamation soit traitée de nouveau.

Services concernés :
{{deniedLines}}

{{#authorizationNumber}}
Une autorisation a été délivrée pour ces services : numéro {{authorizationNumber}}. Veuillez la rattacher à cette réclamation.

{{/authorizationNumber}}
Pourquoi l'autorisation n'a pas pu être obtenue à l'avance :
{{explanation}}

Le dossier joint montre que les services étaient médicalement nécessaires et auraient satisfait aux critères d'autorisation du régime si la demande avait été faite avant la date de service.

Mesure demandée : veuillez accorder une autorisation rétroactive pour les services ci-dessus et traiter de nouveau la réclamation aux fins de paiement.`,
      enclosures: [
        'Avis de paiement / relevé des prestations indiquant le refus',
        'Notes cliniques pour la ou les dates de service',
        "Pièces attestant l'urgence ou la vérification d'admissibilité faite à ce moment, selon le cas",
      ],
    }),
  },
};
