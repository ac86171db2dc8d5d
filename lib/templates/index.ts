// Public API of the templates domain.
export * from './types';
export { BUILT_IN_TEMPLATES, BUILT_IN_IDS } from './builtins';
export { render, renderBody, localized, missingVariables } from './render';
export { variablesUsed } from './parse';
export { FILTERS, formatLine } from './format';
export { VARIABLES, variableInfo, buildVariables, holdsPhi, type ExtraVariables, type VariableInfo } from './variables';
export { letterForDenial, templatesForDenial } from './suggest';
export * from './user-templates';
export * from './practice';
