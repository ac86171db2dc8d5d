// What the content script calls for claim pages: locate codes, draw badges and the chip, watch SPA changes.
export { locateCodes, codeQuestions, questionKey, type CodeQuestion, type LocatedCode, type BadgeSystem } from './locate';
export { renderBadges, type BadgeStatus, type BadgeVerdict, type BadgeHandle, type StatusOf, type FindingSeverity } from './badges';
export { renderClaimChip, type ChipHandle, type ChipOptions } from './chip';
export { highlightElement, type HighlightHandle } from './highlight';
export { observeClaimPage, claimKey, hashString, type Observation, type ObserveOptions } from './observe';
