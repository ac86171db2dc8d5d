import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate, localIsoDay } from './dates';

describe('calendar arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2025-06-01', 120)).toBe('2025-09-29');
  });

  it('adds months and clamps to the end of shorter months', () => {
    expect(addMonths('2025-11-26', 12)).toBe('2026-11-26');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2023-02-28', 12)).toBe('2024-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-12-15', 3)).toBe('2026-03-15');
  });

  it('counts days between dates, signed', () => {
    expect(daysBetween('2026-11-26', '2026-12-08')).toBe(12);
    expect(daysBetween('2026-12-08', '2026-11-26')).toBe(-12);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('02/03/2025')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('localIsoDay', () => {
  it('is the local calendar day, not the UTC one', () => {
    expect(localIsoDay(new Date(2026, 10, 26, 23, 30))).toBe('2026-11-26');
    expect(localIsoDay(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });
});
