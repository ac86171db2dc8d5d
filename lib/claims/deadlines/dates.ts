// Calendar arithmetic for deadlines: the shared ISO-day helpers.
export { addDays, addMonths, daysBetween, isIsoDate } from '../../dates';
