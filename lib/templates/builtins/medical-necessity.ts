// Appeal of a "not medically necessary" denial (CARC 50). Wording is ours; the argument follows
// what payers' appeal units ask for: the clinical facts, the criteria met, the records enclosed.
import type { Template } from '@/lib/templates/types';
import { letter } from './letter';

export const medicalNecessity: Template = {
  id: 'medical-necessity',
  builtIn: true,
  name: { en: 'Medical necessity appeal (CO-50)', fr: 'Appel – nécessité médicale (CO-50)' },
  // What it answers comes from the denial playbook (builtins/index.ts): one mapping.
  denialCodes: [],
  body: {
    en: letter('en', {
      department: 'appeals',
      subject: 'Appeal of a denial for medical necessity',
      denialLine: true,
      body: `We are appealing the denial of the services below, which were processed as not medically necessary. We ask that the claim be reviewed again and paid under the member's benefits.

Services under appeal:
{{deniedLines}}

Diagnoses reported on the claim: {{diagnoses}}

Why the services were necessary:
{{clinicalSummary}}

The treating provider ordered these services to diagnose or treat the condition documented in the enclosed records. They were consistent with generally accepted standards of medical practice and appropriate in type, frequency, extent and duration for the diagnoses above. The records show the patient's symptoms, examination findings, prior treatment and the reasoning that led to these services. Where the plan's medical policy or coverage criteria apply, the records show how each criterion was met.

Requested action: please overturn the denial and reprocess the claim for payment. If the denial is upheld, please send us the clinical criteria or medical policy applied, the reviewer's specialty, and the instructions for the next level of appeal.`,
      enclosures: [
        'Remittance advice / explanation of benefits showing the denial',
        'Office and progress notes for the date(s) of service',
        'Relevant test results, imaging reports and treatment history',
        'Letter of medical necessity signed by the treating provider',
      ],
    }),
    fr: letter('fr', {
      department: 'appeals',
      subject: "Appel d'un refus pour absence de nécessité médicale",
      denialLine: true,
      body: `Nous contestons le refus des services ci-dessous, traités comme n'étant pas médicalement nécessaires. Nous demandons que la réclamation soit réexaminée et payée selon les garanties du membre.

Services visés par l'appel :
{{deniedLines}}

Diagnostics inscrits sur la réclamation : {{diagnoses}}

Pourquoi les services étaient nécessaires :
{{clinicalSummary}}

Le prestataire traitant a prescrit ces services pour diagnostiquer ou traiter l'affection documentée dans le dossier joint. Ils étaient conformes aux normes de pratique médicale généralement reconnues et appropriés, par leur nature, leur fréquence, leur étendue et leur durée, aux diagnostics ci-dessus. Le dossier présente les symptômes du patient, les constatations de l'examen, les traitements antérieurs et le raisonnement clinique qui a mené à ces services. Lorsque la politique médicale ou les critères de couverture du régime s'appliquent, le dossier montre comment chaque critère est rempli.

Mesure demandée : veuillez annuler le refus et traiter de nouveau la réclamation aux fins de paiement. Si le refus est maintenu, veuillez nous transmettre les critères cliniques ou la politique médicale appliqués, la spécialité de l'examinateur et la marche à suivre pour le palier d'appel suivant.`,
      enclosures: [
        'Avis de paiement / relevé des prestations indiquant le refus',
        'Notes de consultation et d’évolution pour la ou les dates de service',
        "Résultats d'analyses, rapports d'imagerie et historique des traitements pertinents",
        'Lettre de nécessité médicale signée par le prestataire traitant',
      ],
    }),
  },
};
