// What the content script calls for claim pages: locate codes, draw badges and the chip, watch SPA changes.
export { locateCodes, codeQuestions, type LocatedCode } from './locate';
export { renderBadges, type BadgeHandle, type StatusOf } from './badges';
export { renderClaimChip, type ChipHandle, type ChipOptions } from './chip';
export { highlightElement, type HighlightHandle } from './highlight';
export { observeClaimPage, claimKey, hashString, type Observation, type ObserveOptions } from './observe';
