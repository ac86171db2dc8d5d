// Cover note for a corrected claim after a "missing or invalid information" denial (CARC 16, with
// RARCs naming what was missing). A replacement claim carries claim frequency code 7 and the
// payer's original claim number (CMS-1500 item 22 / 837P CLM05-3 and REF*F8).
import type { Template } from '@/lib/templates/types';
import { letter } from './letter';

export const correctedClaim: Template = {
  id: 'corrected-claim',
  builtIn: true,
  name: { en: 'Corrected claim cover (CO-16)', fr: 'Lettre d’accompagnement – réclamation corrigée (CO-16)' },
  // What it answers comes from the denial playbook (builtins/index.ts): one mapping.
  denialCodes: [],
  body: {
    en: letter('en', {
      department: 'claims',
      subject: 'Corrected claim: information missing from the original submission',
      denialLine: true,
      body: `The claim above was denied because information needed to process it was missing or invalid{{#remarkCodes}} (remark codes {{remarkCodes}}){{/remarkCodes}}. We have corrected it and are sending a replacement claim (frequency code 7) that refers to original claim number {{claimNumber}}.

What was corrected:
{{correctionSummary}}

Lines on the corrected claim:
{{lines}}

Requested action: please process the corrected claim in place of the original and pay it under the member's benefits. Please do not treat it as a duplicate of the original submission.`,
      enclosures: [
        'Corrected claim (replacement of the original claim number above)',
        'Remittance advice / explanation of benefits showing the original denial',
        'Documentation supporting the corrected information',
      ],
    }),
    fr: letter('fr', {
      department: 'claims',
      subject: 'Réclamation corrigée : renseignements manquants dans la soumission initiale',
      denialLine: true,
      body: `La réclamation ci-dessus a été refusée parce que des renseignements nécessaires à son traitement étaient manquants ou invalides{{#remarkCodes}} (codes de remarque {{remarkCodes}}){{/remarkCodes}}. Nous l'avons corrigée et transmettons une réclamation de remplacement (code de fréquence 7) qui renvoie au numéro de réclamation initial {{claimNumber}}.

Corrections apportées :
{{correctionSummary}}

Lignes de la réclamation corrigée :
{{lines}}

Mesure demandée : veuillez traiter la réclamation corrigée en remplacement de l'originale et la payer selon les garanties du membre. Veuillez ne pas la considérer comme un doublon de la soumission initiale.`,
      enclosures: [
        'Réclamation corrigée (remplaçant le numéro de réclamation initial ci-dessus)',
        'Avis de paiement / relevé des prestations indiquant le refus initial',
        'Documents justifiant les renseignements corrigés',
      ],
    }),
  },
};
