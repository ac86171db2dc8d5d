import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { saveUserTemplate, type Template } from '@/lib/templates';
import { samplePractice } from '@/test/support/templates';
import {
  clipboardSecondsItem, loadClipboardSeconds, loadPractice, practiceItem, readUserTemplates, savePracticeAndClipboard,
  storedTemplateStore, userTemplatesItem,
} from './storage';

const mine = (id: string): Template => ({
  id, builtIn: false, name: { en: `Letter ${id}`, fr: '' }, body: { en: 'Claim {{claimNumber}}', fr: '' }, denialCodes: ['CO-50'],
});

describe('user templates in storage.local', () => {
  it('round-trips through the store and keeps order', async () => {
    expect(await storedTemplateStore.list()).toEqual([]);
    await saveUserTemplate(storedTemplateStore, mine('first'));
    await saveUserTemplate(storedTemplateStore, mine('second'));
    expect((await storedTemplateStore.list()).map((x) => x.id)).toEqual(['first', 'second']);
    expect((await browser.storage.local.get('templates.user'))['templates.user']).toHaveLength(2);
  });

  it('skips damaged, duplicate and built-in-id entries read back, and a non-list value', async () => {
    await userTemplatesItem.setValue([mine('good'), { id: 'BAD ID', name: 'x', body: 'y' }, mine('good'), { ...mine('reconsideration') }, 42]);
    expect((await storedTemplateStore.list()).map((x) => x.id)).toEqual(['good']);
    expect(readUserTemplates({ templates: [] })).toEqual([]);
  });
});

describe('practice settings and clipboard delay', () => {
  it('start empty with the default delay', async () => {
    expect(await loadPractice()).toEqual({ providerName: '', npi: '', taxId: '', address: '', phone: '', signature: '' });
    expect(await loadClipboardSeconds()).toBe(60);
  });

  it('save together and read back', async () => {
    await savePracticeAndClipboard(samplePractice(), 30);
    expect(await loadPractice()).toEqual(samplePractice());
    expect(await loadClipboardSeconds()).toBe(30);
  });

  it('read a damaged value leniently: wrong types empty, delay clamped, unknown keys dropped', async () => {
    await practiceItem.setValue({ providerName: 'Riverside', npi: 1234567893, extra: 'dropped' });
    expect(await loadPractice()).toEqual({ providerName: 'Riverside', npi: '', taxId: '', address: '', phone: '', signature: '' });
    await clipboardSecondsItem.setValue(99_999);
    expect(await loadClipboardSeconds()).toBe(600);
    await clipboardSecondsItem.setValue('soon');
    expect(await loadClipboardSeconds()).toBe(60);
  });
});
