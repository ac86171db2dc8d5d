/**
 * Service-worker side of the notes vault:
 * - the idle auto-lock: a 1-minute alarm removes the unlocked key from storage.session once the
 *   user's auto-lock delay has passed without activity (pages also check it on every call; the
 *   alarm makes sure the key does not linger in memory while no page is open);
 * - the toolbar badge: how many follow-ups are due today or earlier. It reads only the clear
 *   `nextFollowUpDay` index and status (a count, no PHI), so it works while the vault is locked.
 * Lock on browser restart needs nothing here: storage.session is memory-only.
 */
import { browser } from 'wxt/browser';
import { resolveLocale, t } from '@/lib/platform/i18n';
import { localIsoDay } from '@/lib/platform/dates';
import { openNotesDb, withOpenDb, type NotesDb } from './db';
import { countDue } from './items-store';
import { lockIfIdle } from './session';
import { uiLanguage } from '@/lib/platform/i18n/language';
import { loadIdleMinutes } from './storage';
import { listenForWipe } from '@/lib/platform/wipe-signal';

export const NOTES_ALARM = 'notes.idle-lock';
/** chrome.alarms rounds shorter periods up (30 s minimum since Chrome 120, 1 min before). */
const ALARM_PERIOD_MINUTES = 1;
/** The shell theme's accent (lib/platform/views/theme.css --accent), so a count reads as information, not an error. */
const BADGE_COLOUR = '#0f766e';

/** One connection per worker life; `withOpenDb` reopens it when Chrome closed it while idle. */
let db: NotesDb | null = null;

/** What a badge of `due` items shows: nothing at zero, "99+" beyond what fits. */
export function badgeText(due: number): string {
  if (due <= 0) return '';
  return due > 99 ? '99+' : String(due);
}

/** Counts the due follow-ups and shows them on the toolbar button; returns the count. */
export async function refreshNotesBadge(now: Date = new Date()): Promise<number> {
  const conn = (db ??= openNotesDb());
  const due = await withOpenDb(conn, () => countDue(conn, localIsoDay(now)));
  const locale = resolveLocale(await uiLanguage.getValue(), navigator.language);
  await browser.action.setBadgeText({ text: badgeText(due) });
  // The title is what screen readers announce for the toolbar button.
  await browser.action.setTitle({ title: due > 0 ? t('notes.badge.title', { count: due }, locale) : t('app.name', undefined, locale) });
  return due;
}

/** What the alarm runs: lock if idle too long, then recount the badge (the day may have changed). */
export async function notesTick(now: number = Date.now()): Promise<{ locked: boolean; due: number }> {
  const locked = await lockIfIdle(browser.storage.session, now, await loadIdleMinutes());
  const due = await refreshNotesBadge(new Date(now));
  return { locked, due };
}

function report(error: unknown): void {
  // Only the error's name and message (ours carry no PHI): the next tick tries again.
  console.error('notes background:', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

/** Called once per service-worker start, synchronously, so the alarm listener is registered in time. */
export function startNotesBackground(): void {
  // "Delete all local data": the wipe closes every connection of the origin (lib/workspace/wipe.ts);
  // afterwards this worker starts from a fresh connection.
  listenForWipe(() => {
    db?.close();
    db = null;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NOTES_ALARM) notesTick().catch(report);
  });
  void (async () => {
    // Alarms usually survive a worker restart but not always a browser restart: create if missing,
    // without resetting a running one.
    if (!(await browser.alarms.get(NOTES_ALARM))) await browser.alarms.create(NOTES_ALARM, { periodInMinutes: ALARM_PERIOD_MINUTES });
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
    await notesTick();
  })().catch(report);

  if (import.meta.env.MODE === 'e2e') {
    // E2E only: the test runs the alarm's handler with a clock moved past the idle delay instead
    // of waiting 15 minutes, and closes the connection as Chrome does to a worker that went idle.
    (globalThis as Record<string, unknown>).remitRangerNotesTest = { tick: notesTick, closeDb: () => db?.close() };
  }
}
