/**
 * Reads back everything IndexedDB holds, raw, and looks for known plaintext in it: the check behind
 * "no PHI in clear at rest" (no-clear-phi.test.ts) and the bench's scan of a 100,000-note vault
 * with the search index built (issue 17). Test and bench support: no extension page imports it.
 */

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.addEventListener('success', () => resolve(req.result));
    req.addEventListener('error', () => reject(req.error));
  });
}

/**
 * Every key and value of every object store of every database (or of those `only` names), as
 * IndexedDB hands them out. Index keys are fields of the values, and listed too.
 */
export async function dumpIndexedDb(factory: IDBFactory, only?: (name: string) => boolean): Promise<unknown[]> {
  let out: unknown[] = [];
  for (const info of await factory.databases()) {
    if (only && !only(info.name!)) continue;
    const db = await request(factory.open(info.name!));
    for (const store of Array.from(db.objectStoreNames)) {
      const tx = db.transaction(store, 'readonly');
      const os = tx.objectStore(store);
      // concat, not push(...): 100,000 arguments overflow the stack.
      out = out.concat(store, await request(os.getAll()), await request(os.getAllKeys()));
      for (const index of Array.from(os.indexNames)) out = out.concat(await request(os.index(index).getAllKeys()));
    }
    db.close();
  }
  return out;
}

const decoders = { utf8: new TextDecoder('utf-8'), latin1: new TextDecoder('latin1'), utf16: new TextDecoder('utf-16le') };

/** Text forms of a value: strings as they are; bytes decoded as UTF-8, Latin-1 and UTF-16. */
export function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value == null) out.push(String(value));
  else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    out.push(decoders.utf8.decode(bytes), decoders.latin1.decode(bytes));
    if (bytes.length % 2 === 0) out.push(decoders.utf16.decode(bytes));
  } else if (Array.isArray(value)) value.forEach((v) => textsOf(v, out));
  else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      textsOf(v, out);
    }
  }
  return out;
}

/** The text forms that contain one of `markers` (case folded). */
export function findMarkers(values: unknown, markers: readonly string[]): string[] {
  const needles = markers.map((m) => m.toLowerCase());
  return textsOf(values).filter((t) => {
    const folded = t.toLowerCase();
    return needles.some((n) => folded.includes(n));
  });
}
