// Value parsers for claim pages: pure functions from printed text to contract values.
export { cleanText, isBlankValue } from './text';
export { parseDate, parseDateRange, findDates } from './dates';
export { parseMoney, findMoney, parseQuantity } from './money';
export { normaliseIcd10, findIcd10Codes } from './icd10';
export { parseProcedure, parseModifiers, parseDxPointers, isProcedureCode, isModifier } from './procedure';
export { parseAdjustments, parseRemarks, parseGroup, isCarc, isRarc } from './carc';
export { findStatusCategory, deriveStatusCategory, splitStatus } from './status';
