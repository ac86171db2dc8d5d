/**
 * The parts every built-in appeal shares: date, addressee, sender, the claim identifiers a payer's
 * appeals unit needs to find the claim, and the closing with enclosures and signature. Each letter
 * file supplies only its subject, its argument and its enclosures, in both languages.
 */
import type { Locale } from '@/lib/platform/i18n';

export interface LetterParts {
  /** Which unit of the payer receives it. */
  department: 'appeals' | 'reconsideration' | 'claims';
  subject: string;
  /** Print the "Denial code(s)" line (not for an underpayment dispute, where nothing was denied). */
  denialLine: boolean;
  /** The argument and the requested action, already in the letter's language. */
  body: string;
  enclosures: string[];
}

/**
 * The determination date and the appeal level, for letters to an appeals unit: payers route and
 * date-check appeals by them. The level follows the payer type (Original Medicare: redetermination;
 * Medicare Advantage: plan reconsideration) unless the specialist types another ({{appealLevel}}).
 */
const APPEAL_LINES: Record<Locale, string> = {
  en: `{{#paidDate}}
Determination / remittance date: {{paidDate}}
{{/paidDate}}
{{#appealLevel}}
Appeal level: {{appealLevel}}
{{/appealLevel}}
{{^appealLevel}}
Appeal level: {{#originalMedicare}}first level, redetermination{{/originalMedicare}}{{#medicareAdvantage}}first level, plan reconsideration{{/medicareAdvantage}}{{^originalMedicare}}{{^medicareAdvantage}}first-level appeal{{/medicareAdvantage}}{{/originalMedicare}}
{{/appealLevel}}
`,
  fr: `{{#paidDate}}
Date de la décision / de l'avis de paiement : {{paidDate}}
{{/paidDate}}
{{#appealLevel}}
Palier d'appel : {{appealLevel}}
{{/appealLevel}}
{{^appealLevel}}
Palier d'appel : {{#originalMedicare}}premier palier, redétermination{{/originalMedicare}}{{#medicareAdvantage}}premier palier, reconsidération par le régime{{/medicareAdvantage}}{{^originalMedicare}}{{^medicareAdvantage}}appel de premier palier{{/medicareAdvantage}}{{/originalMedicare}}
{{/appealLevel}}
`,
};

const DEPARTMENT: Record<Locale, Record<LetterParts['department'], string>> = {
  en: { appeals: 'Appeals Department', reconsideration: 'Reconsideration / Appeals Department', claims: 'Claims Department' },
  fr: { appeals: 'Service des appels', reconsideration: 'Service des révisions et des appels', claims: 'Service des réclamations' },
};

// Optional identifiers sit in sections so a practice without a tax ID on file gets no empty line.
const HEADER: Record<Locale, (p: LetterParts) => string> = {
  en: (p) => `Date: {{today|long}}
To: {{payer}}, ${DEPARTMENT.en[p.department]}
From: {{providerName}}, NPI {{npi}}{{#taxId}}, TIN {{taxId}}{{/taxId}}
Re: ${p.subject}

Patient name: {{patientName}}
Date of birth: {{patientDob}}
Member ID: {{memberId}}
Claim number: {{claimNumber}}
{{#patientAccountNumber}}
Patient account number: {{patientAccountNumber}}
{{/patientAccountNumber}}
Date(s) of service: {{datesOfService}}
Total billed: {{billed}}
${p.denialLine ? 'Denial code(s): {{denialCodes}}\n' : ''}${p.department === 'claims' ? '' : APPEAL_LINES.en}
To whom it may concern,
`,
  fr: (p) => `Date : {{today|long}}
Destinataire : {{payer}}, ${DEPARTMENT.fr[p.department]}
Expéditeur : {{providerName}}, NPI {{npi}}{{#taxId}}, numéro d'identification fiscale {{taxId}}{{/taxId}}
Objet : ${p.subject}

Nom du patient : {{patientName}}
Date de naissance : {{patientDob}}
Numéro de membre : {{memberId}}
Numéro de réclamation : {{claimNumber}}
{{#patientAccountNumber}}
Numéro de compte du patient : {{patientAccountNumber}}
{{/patientAccountNumber}}
Date(s) de service : {{datesOfService}}
Montant facturé : {{billed}}
${p.denialLine ? 'Code(s) de refus : {{denialCodes}}\n' : ''}${p.department === 'claims' ? '' : APPEAL_LINES.fr}
Madame, Monsieur,
`,
};

const FOOTER: Record<Locale, (p: LetterParts) => string> = {
  en: (p) => `
Enclosures:
${p.enclosures.map((e) => `- ${e}`).join('\n')}

For any question about this request, please contact our office{{#practicePhone}} at {{practicePhone}}{{/practicePhone}}. Thank you for your prompt review.

Sincerely,

{{signature}}
{{providerName}}{{#practiceAddress}}
{{practiceAddress}}{{/practiceAddress}}`,
  fr: (p) => `
Pièces jointes :
${p.enclosures.map((e) => `- ${e}`).join('\n')}

Pour toute question au sujet de cette demande, veuillez communiquer avec notre bureau{{#practicePhone}} au {{practicePhone}}{{/practicePhone}}. Nous vous remercions de l'attention rapide que vous porterez à ce dossier.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

{{signature}}
{{providerName}}{{#practiceAddress}}
{{practiceAddress}}{{/practiceAddress}}`,
};

export function letter(locale: Locale, parts: LetterParts): string {
  return `${HEADER[locale](parts)}\n${parts.body.trim()}\n${FOOTER[locale](parts)}`;
}
