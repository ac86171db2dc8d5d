/**
 * Taught reader mappings in storage.local (not PHI: portal hostnames and label wording only; every
 * entry is checked by `isTaughtField`, which refuses value-shaped text). Read back through
 * `cleanMappings`, so a damaged or hand-edited store never reaches the reader.
 */
import { storage } from 'wxt/utils/storage';
import { cleanMappings, forget, teach, type SiteMappings, type TaughtField, type TeachableField } from './mapping';

export const taughtMappingsItem = storage.defineItem<unknown>('local:reading.taught', { fallback: {} });

export async function readMappings(): Promise<SiteMappings> {
  return cleanMappings(await taughtMappingsItem.getValue());
}

async function writeSite(host: string, change: (list: TaughtField[]) => TaughtField[]): Promise<SiteMappings> {
  const all = await readMappings();
  const next = change(all[host] ?? []);
  if (next.length) all[host] = next;
  else delete all[host];
  const clean = cleanMappings(all);
  await taughtMappingsItem.setValue(clean);
  return clean;
}

export function saveTaught(host: string, entry: TaughtField): Promise<SiteMappings> {
  return writeSite(host, (list) => teach(list, entry));
}

export function forgetTaught(host: string, field: TeachableField): Promise<SiteMappings> {
  return writeSite(host, (list) => forget(list, field));
}

export function forgetSite(host: string): Promise<SiteMappings> {
  return writeSite(host, () => []);
}
