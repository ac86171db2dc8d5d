/** Claim adjustment group codes: who carries the adjusted amount. Our own wording. */
import type { AdjustmentGroup } from '@/lib/claim/types';
import type { GroupInfo } from './types';

export const GROUPS: Readonly<Record<AdjustmentGroup, GroupInfo>> = {
  CO: {
    group: 'CO',
    en: { name: 'Contractual obligation', explanation: 'The provider absorbs this amount under its contract or the law; the patient may not be billed for it.' },
    fr: { name: 'Obligation contractuelle', explanation: 'Le fournisseur assume ce montant selon son contrat ou la loi ; il ne peut pas être facturé au patient.' },
  },
  PR: {
    group: 'PR',
    en: { name: 'Patient responsibility', explanation: 'The patient (or a secondary plan) owes this amount.' },
    fr: { name: 'Responsabilité du patient', explanation: 'Ce montant est dû par le patient (ou par une assurance secondaire).' },
  },
  OA: {
    group: 'OA',
    en: { name: 'Other adjustment', explanation: 'An adjustment that is neither the provider’s nor the patient’s to carry as such, often a duplicate or a prior payer’s share.' },
    fr: { name: 'Autre ajustement', explanation: 'Un ajustement qui n’est à proprement parler ni au fournisseur ni au patient, souvent un doublon ou la part d’un payeur antérieur.' },
  },
  PI: {
    group: 'PI',
    en: { name: 'Payer-initiated reduction', explanation: 'The payer reduced the amount on its own judgement, outside the contract terms; the patient may not be billed, and it can be disputed.' },
    fr: { name: 'Réduction à l’initiative du payeur', explanation: 'Le payeur a réduit le montant de son propre chef, hors des termes du contrat ; le patient ne peut pas être facturé, et la réduction peut être contestée.' },
  },
  CR: {
    group: 'CR',
    en: { name: 'Correction or reversal', explanation: 'Reverses or corrects an earlier payment (older remittance format); compare with the original claim.' },
    fr: { name: 'Correction ou annulation', explanation: 'Annule ou corrige un paiement antérieur (ancien format de remise) ; comparer avec la réclamation d’origine.' },
  },
};
