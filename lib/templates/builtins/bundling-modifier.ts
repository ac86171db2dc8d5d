// Appeal of a bundling denial (CARC 97, and 234 "not paid separately") with the modifier argument.
// NCCI procedure-to-procedure edits carry a modifier indicator: "1" means a modifier such as 59 or
// the X{EPSU} modifiers may bypass the edit when the services were distinct (CMS NCCI Policy Manual,
// chapter 1). Modifier 25 is the E/M counterpart (CMS Claims Processing Manual, ch. 12, §30.6.6).
// Office/outpatient E/M levels are chosen by medical decision-making or total time (CPT 2021 E/M
// guidelines), not by history and examination: the letter says so.
import type { Template } from '@/lib/templates/types';
import { letter } from './letter';

export const bundlingModifier: Template = {
  id: 'bundling-modifier',
  builtIn: true,
  name: { en: 'Bundling / NCCI appeal with modifier (CO-97)', fr: 'Appel – regroupement NCCI et modificateur (CO-97)' },
  // What it answers comes from the denial playbook (builtins/index.ts): one mapping.
  denialCodes: [],
  body: {
    en: letter('en', {
      department: 'appeals',
      subject: 'Appeal of a bundling denial: separately payable service',
      denialLine: true,
      body: `The services below were denied as included in the payment for another service on the same date. We believe this is incorrect: each service was separate and distinct, and the modifier reported on the claim says why.

Services under appeal:
{{deniedLines}}

All procedures billed on this claim: {{lines|codes}}

Why the modifier applies:
- Modifier 25, where reported: the evaluation and management service was significant and separately identifiable, beyond the usual pre- and post-procedure work of the procedure performed the same day. The note documents it on its own: for an office or outpatient visit, its level rests on the medical decision-making or on the total time spent on the date of the encounter, counting none of the procedure's work.
- Modifier 59, XE, XS, XP or XU, where reported: the service was distinct from the other procedure - a separate encounter, a different anatomic site or organ system, a separate incision or lesion, or a different practitioner - as the enclosed notes show. The National Correct Coding Initiative edit for this code pair allows a modifier when the clinical circumstances support it.
- Details for this claim: {{explanation}}

Requested action: please reprocess the lines above for separate payment. If the denial is upheld, please identify the edit or payment policy applied.`,
      enclosures: [
        'Remittance advice / explanation of benefits showing the denial',
        'Procedure and office notes for the date(s) of service, showing the separate service',
        'Operative or procedure report, where applicable',
      ],
    }),
    fr: letter('fr', {
      department: 'appeals',
      subject: "Appel d'un refus pour regroupement : service payable séparément",
      denialLine: true,
      body: `Les services ci-dessous ont été refusés comme étant inclus dans le paiement d'un autre service rendu le même jour. Nous estimons que ce refus est erroné : chaque service était distinct, et le modificateur inscrit sur la réclamation en indique la raison.

Services visés par l'appel :
{{deniedLines}}

Actes facturés sur cette réclamation : {{lines|codes}}

Justification du modificateur :
- Modificateur 25, s'il est inscrit : la consultation (évaluation et prise en charge) était importante et identifiable séparément, au-delà du travail habituel avant et après l'acte pratiqué le même jour. La note la documente à part : pour une visite au cabinet ou en consultation externe, son niveau repose sur la décision médicale ou sur le temps total consacré le jour de la rencontre, sans compter le travail de l'acte.
- Modificateur 59, XE, XS, XP ou XU, s'il est inscrit : le service était distinct de l'autre acte (rencontre séparée, autre site anatomique ou système, incision ou lésion distincte, autre praticien), comme le montrent les notes jointes. La règle NCCI (National Correct Coding Initiative) visant cette paire de codes admet un modificateur lorsque la situation clinique le justifie.
- Précisions pour cette réclamation : {{explanation}}

Mesure demandée : veuillez traiter de nouveau les lignes ci-dessus en vue d'un paiement distinct. Si le refus est maintenu, veuillez préciser la règle ou la politique de paiement appliquée.`,
      enclosures: [
        'Avis de paiement / relevé des prestations indiquant le refus',
        "Notes de l'acte et de la consultation pour la ou les dates de service, montrant le service distinct",
        "Protocole opératoire ou rapport d'intervention, le cas échéant",
      ],
    }),
  },
};
