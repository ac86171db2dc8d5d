export { CARC_ENTRIES } from './carc';
export { RARC_ENTRIES } from './rarc';
export { GROUPS } from './groups';
export { explainAdjustment, explainRemark, lookupCarc, lookupRarc, normaliseAdjustmentCode } from './explain';
export type { Explanation, GroupInfo, OfficialLists, PlaybookAction, PlaybookEntry, PlaybookKind, PlaybookText } from './types';
