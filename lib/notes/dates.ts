// Calendar days for the notes (follow-up dates, aging): the shared ISO-day helpers.
export { addDays, daysBetween, localIsoDay, isIsoDate as isIsoDay } from '../dates';
