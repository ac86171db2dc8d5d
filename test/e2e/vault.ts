/** The notes vault in the side panel, as the E2E files drive it (notes, PHI boundaries). */
import type { Page } from 'playwright-core';

export const PASS = 'correct horse battery staple';

/** The Notes tab's content (other side-panel tabs stay mounted, hidden). */
export const notes = (panel: Page) => panel.getByRole('region', { name: 'Follow-up notes' });

export async function createVault(panel: Page): Promise<void> {
  const n = notes(panel);
  await n.getByRole('textbox', { name: 'Passphrase' }).fill(PASS);
  await n.getByRole('textbox', { name: 'Type it again' }).fill(PASS);
  await n.getByRole('button', { name: 'Create vault' }).click();
  await n.getByRole('button', { name: 'Lock now' }).waitFor();
}

export async function unlock(panel: Page): Promise<void> {
  const n = notes(panel);
  await n.getByRole('textbox', { name: 'Passphrase' }).fill(PASS);
  await n.getByRole('button', { name: 'Unlock' }).click();
  await n.getByRole('button', { name: 'Lock now' }).waitFor();
}

/** Creates the vault, or unlocks the one an earlier test of the file created. */
export async function openVault(panel: Page): Promise<void> {
  const n = notes(panel);
  await n.getByRole('button', { name: /^(Create vault|Unlock|Lock now)$/ }).first().waitFor();
  if (await n.getByRole('button', { name: 'Create vault' }).count()) await createVault(panel);
  else if (await n.getByRole('button', { name: 'Unlock' }).count()) await unlock(panel);
}
