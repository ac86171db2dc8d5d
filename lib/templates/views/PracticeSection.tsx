// Settings of the templates domain: the practice details letters are signed with and the
// clipboard-clear delay, in storage.local (not PHI).
import { PracticeSettingsForm } from './PracticeSettingsForm';
import { savePracticeAndClipboard, useTemplateSettings } from '@/lib/templates/storage';

export function TemplatesSection() {
  const settings = useTemplateSettings();
  // The form keeps its own draft: mount it once storage has answered, so it starts from what is saved.
  if (!settings.loaded) return null;
  return <PracticeSettingsForm value={settings.practice} clipboardSeconds={settings.clipboardSeconds} onSave={savePracticeAndClipboard} />;
}
