/**
 * Where the templates domain keeps its settings: the user's own templates, the practice details
 * letters are signed with, and the clipboard-clear delay. All in `storage.local` because none of
 * it is PHI (a template is a letter with blanks; the practice describes the provider, not a
 * patient). A filled letter is never stored here.
 *
 * Everything read back is checked again, so a damaged or hand-edited value never reaches a letter:
 * an invalid template is left out, bad practice fields read as empty, the delay is clamped.
 */
import { storage } from 'wxt/utils/storage';
import { useWatchedRead, type ChangeFeed } from '@/lib/platform/views/use-watched-read';
import {
  CLIPBOARD_CLEAR_DEFAULT_SECONDS, EMPTY_PRACTICE, checkTemplate, clampClipboardSeconds, readPracticeSettings,
  type PracticeSettings, type Template, type UserTemplateStore,
} from '@/lib/templates';

/** Stored as `unknown`: whatever is in storage is validated by the readers below before use. */
export const userTemplatesItem = storage.defineItem<unknown>('local:templates.user', { fallback: [] });
export const practiceItem = storage.defineItem<unknown>('local:templates.practice', { fallback: null });
export const clipboardSecondsItem = storage.defineItem<unknown>('local:templates.clipboardSeconds', { fallback: CLIPBOARD_CLEAR_DEFAULT_SECONDS });

/** The valid user templates in storage; anything else (older format, hand edits) is skipped. */
export function readUserTemplates(raw: unknown): Template[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const list: Template[] = [];
  raw.forEach((x, i) => {
    const { template } = checkTemplate(x, `#${i + 1}`);
    if (template && !seen.has(template.id)) {
      seen.add(template.id);
      list.push(template);
    }
  });
  return list;
}

export const storedTemplateStore: UserTemplateStore = {
  list: async () => readUserTemplates(await userTemplatesItem.getValue()),
  saveAll: (templates) => userTemplatesItem.setValue(templates),
};

export async function loadPractice(): Promise<PracticeSettings> {
  const raw = await practiceItem.getValue();
  return raw === null ? { ...EMPTY_PRACTICE } : readPracticeSettings(raw);
}

export async function loadClipboardSeconds(): Promise<number> {
  return clampClipboardSeconds(await clipboardSecondsItem.getValue());
}

/** One options-form save: both values, validated by the form before it calls this. */
export async function savePracticeAndClipboard(practice: PracticeSettings, clipboardSeconds: number): Promise<void> {
  await practiceItem.setValue(readPracticeSettings(practice));
  await clipboardSecondsItem.setValue(clampClipboardSeconds(clipboardSeconds));
}

export interface TemplateSettings {
  /** False until storage has answered: the UI waits rather than show an empty practice. */
  loaded: boolean;
  userTemplates: Template[];
  practice: PracticeSettings;
  clipboardSeconds: number;
}

/** The templates settings, kept current when the options page (or another panel) changes them. */
async function readTemplateSettings(): Promise<TemplateSettings> {
  const [userTemplates, practice, clipboardSeconds] = await Promise.all([storedTemplateStore.list(), loadPractice(), loadClipboardSeconds()]);
  return { loaded: true, userTemplates, practice, clipboardSeconds };
}

const TEMPLATE_FEEDS: ChangeFeed[] = [(r) => userTemplatesItem.watch(r), (r) => practiceItem.watch(r), (r) => clipboardSecondsItem.watch(r)];

export function useTemplateSettings(): TemplateSettings {
  return useWatchedRead(readTemplateSettings, TEMPLATE_FEEDS, {
    loaded: false, userTemplates: [], practice: { ...EMPTY_PRACTICE }, clipboardSeconds: CLIPBOARD_CLEAR_DEFAULT_SECONDS,
  });
}
