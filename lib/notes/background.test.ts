import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localIsoDay } from '@/lib/platform/dates';
import { NOTES_DB_NAME, openNotesDb } from './db';
import { createNotesService } from './service';
import { readSessionKey } from './session';
import { noteInput } from '@/test/support/notes';
import { idleMinutesItem } from './storage';
import { badgeText, NOTES_ALARM, notesTick, refreshNotesBadge, startNotesBackground } from './background';

const PASS = 'correct horse battery staple';
// Local noon, so "today" is the same day whatever the test machine's time zone.
const NOON = new Date(2026, 10, 26, 12, 0, 0).getTime();
const MIN = 60_000;

// Dexie warns when a delete closes its connection; expected here (the tests delete on purpose).
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

function deleteNotesDb(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(NOTES_DB_NAME);
    req.addEventListener('success', () => resolve());
    req.addEventListener('error', () => reject(req.error));
  });
}

/** A vault unlocked at `NOON` with one note due today and one due next week. */
async function vaultWithNotes() {
  await deleteNotesDb();
  let clock = NOON;
  const service = createNotesService({ db: openNotesDb(), session: fakeBrowser.storage.session, now: () => clock });
  await service.createVault(PASS, PASS);
  const today = localIsoDay(new Date(NOON));
  await service.saveNote(noteInput({ claimRef: 'ICN-1', nextFollowUp: today }));
  await service.saveNote(noteInput({ claimRef: 'ICN-2', nextFollowUp: '2099-01-01' }));
  return { service, setClock: (t: number) => { clock = t; } };
}

describe('badgeText', () => {
  it('shows nothing at zero and caps at 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});

describe('notesTick (the alarm handler)', () => {
  it('without a vault: nothing to lock, no badge', async () => {
    await deleteNotesDb();
    expect(await notesTick(NOON)).toEqual({ locked: false, due: 0 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('counts due follow-ups on the badge, locks after the default 15 idle minutes, and keeps counting while locked', async () => {
    await vaultWithNotes();
    expect(await notesTick(NOON + 14 * MIN)).toEqual({ locked: false, due: 1 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Remit Ranger: 1 follow-up due');
    expect(await readSessionKey(fakeBrowser.storage.session)).not.toBeNull();

    expect(await notesTick(NOON + 15 * MIN)).toEqual({ locked: true, due: 1 });
    expect(await readSessionKey(fakeBrowser.storage.session)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('follows the auto-lock setting, and a hand-edited value cannot switch the lock off', async () => {
    await vaultWithNotes();
    await idleMinutesItem.setValue(5);
    expect((await notesTick(NOON + 4 * MIN)).locked).toBe(false);
    expect((await notesTick(NOON + 5 * MIN)).locked).toBe(true);

    const { service } = await vaultWithNotes();
    await service.unlock(PASS);
    await idleMinutesItem.setValue(1e9); // Not a setting the form allows: read as the 240-minute maximum.
    expect((await notesTick(NOON + 240 * MIN)).locked).toBe(true);
  });

  it('counts the next day once the date changes', async () => {
    await vaultWithNotes();
    const nextWeek = new Date(2099, 0, 1, 9, 0, 0);
    expect(await refreshNotesBadge(nextWeek)).toBe(2);
  });

  it('keeps counting after the database was closed under it (a worker that went idle)', async () => {
    await vaultWithNotes();
    expect(await refreshNotesBadge(new Date(NOON))).toBe(1);
    await deleteNotesDb(); // Forces Dexie's connection closed (versionchange), as Chrome does to an idle worker.
    expect(await refreshNotesBadge(new Date(NOON))).toBe(0);
  });
});

describe('startNotesBackground', () => {
  it('creates the one-minute alarm once and runs the tick when it fires', async () => {
    await vaultWithNotes();
    startNotesBackground();
    await expect.poll(() => fakeBrowser.alarms.get(NOTES_ALARM)).toMatchObject({ name: NOTES_ALARM, periodInMinutes: 1 });
    const first = await fakeBrowser.alarms.get(NOTES_ALARM);
    startNotesBackground(); // A worker restart must not reset the running alarm.
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await fakeBrowser.alarms.get(NOTES_ALARM))?.scheduledTime).toBe(first?.scheduledTime);

    await fakeBrowser.storage.session.set({ 'notes.lastActivity': 0 }); // Idle since forever.
    await fakeBrowser.alarms.onAlarm.trigger({ name: NOTES_ALARM, scheduledTime: Date.now(), periodInMinutes: 1 });
    await expect.poll(() => readSessionKey(fakeBrowser.storage.session)).toBeNull();
  });
});
