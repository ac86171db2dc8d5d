/**
 * The generated binary container: "RRCT" magic, uint32 header length, UTF-8 JSON header, then
 * 4-byte-aligned typed arrays the header locates. Typed arrays are used in place (no parsing), and
 * the whole file is one fetch in the extension.
 */

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array;
const KINDS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array } as const;
type Kind = keyof typeof KINDS;

function kindOf(a: Typed): Kind {
  if (a instanceof Uint8Array) return 'u8';
  if (a instanceof Uint16Array) return 'u16';
  if (a instanceof Uint32Array) return 'u32';
  return 'i32';
}

const MAGIC = 0x54435252; // "RRCT" little-endian

export function pack(header: object, arrays: Record<string, Typed>): Uint8Array {
  const layout: Record<string, { kind: Kind; offset: number; length: number }> = {};
  let offset = 0;
  for (const [name, a] of Object.entries(arrays)) {
    layout[name] = { kind: kindOf(a), offset, length: a.length };
    offset += Math.ceil(a.byteLength / 4) * 4;
  }
  const json = new TextEncoder().encode(JSON.stringify({ ...header, $arrays: layout }));
  const headLen = 8 + Math.ceil(json.length / 4) * 4;
  const out = new Uint8Array(headLen + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  for (const [name, a] of Object.entries(arrays)) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), headLen + layout[name]!.offset);
  }
  return out;
}

export function unpack<H>(data: ArrayBuffer | Uint8Array, file: string): { header: H; arrays: Record<string, Typed> } {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // Typed arrays need an aligned, owned buffer.
  const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(own.buffer, own.byteOffset, own.byteLength);
  if (own.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error(`${file}: not a generated code-table file (run npm run codes:build)`);
  const jsonLen = view.getUint32(4, true);
  const headLen = 8 + Math.ceil(jsonLen / 4) * 4;
  if (own.byteLength < headLen) throw new Error(`${file}: truncated header`);
  const parsed = JSON.parse(new TextDecoder().decode(own.subarray(8, 8 + jsonLen))) as H & { $arrays: Record<string, { kind: Kind; offset: number; length: number }> };
  const arrays: Record<string, Typed> = {};
  for (const [name, l] of Object.entries(parsed.$arrays)) {
    const Ctor = KINDS[l.kind];
    const start = own.byteOffset + headLen + l.offset;
    if (start + l.length * Ctor.BYTES_PER_ELEMENT > own.byteOffset + own.byteLength) throw new Error(`${file}: truncated (array ${name})`);
    arrays[name] = new Ctor(own.buffer as ArrayBuffer, start, l.length);
  }
  return { header: parsed, arrays };
}
