/**
 * Ids of the built-in letters (lib/templates/builtins). The denial playbook names the letter that
 * answers each denial, and findings name the one that fits their fix, so the ids live with the
 * playbook; the templates domain implements one letter per id.
 */
export type TemplateId =
  | 'medical-necessity' | 'bundling-modifier' | 'timely-filing' | 'corrected-claim'
  | 'retro-authorization' | 'duplicate-claim' | 'coordination-of-benefits' | 'underpayment'
  | 'reconsideration' | 'call-note';
