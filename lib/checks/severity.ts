/**
 * Severity colours for page badges drawn on portal pages, where the extension's theme variables do
 * not exist. Same values as --error/--warning/--info in lib/platform/views/theme.css (WCAG AA on white).
 */
import type { Severity } from './types';

export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  error: '#b42318',
  warning: '#8a4b00',
  info: '#1d4ed8',
};
