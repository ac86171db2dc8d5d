/**
 * Releases the build found in extra source folders (icd10cm/fy2027/, hcpcs/2026-oct/ ...), shipped
 * beside core.bin as one container of stored releases (format.ts) and applied on load like the
 * user's imports, but listed as bundled.
 */
import { pack, unpack } from '@/lib/codes/pack';
import { decodeReleaseAsync } from './format';
import type { ImportedMeta, ImportedRelease } from './model';

export const EXTRA_RELEASES_FILE = 'extra-releases.bin';

export function packExtraReleases(list: readonly { meta: ImportedMeta; data: Uint8Array }[]): Uint8Array {
  const arrays: Record<string, Uint8Array> = {};
  list.forEach((r, i) => (arrays[`r${i}`] = r.data));
  return pack({ format: 1, ids: list.map((r) => r.meta.id) }, arrays);
}

export async function unpackExtraReleases(data: ArrayBuffer | Uint8Array): Promise<ImportedRelease[]> {
  const { header, arrays } = unpack<{ format: number; ids: string[] }>(data, EXTRA_RELEASES_FILE);
  return Promise.all(header.ids.map(async (_, i) => {
    const r = await decodeReleaseAsync(arrays[`r${i}`] as Uint8Array);
    return { ...r, meta: { ...r.meta, bundled: true } };
  }));
}
