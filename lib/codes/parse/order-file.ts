/**
 * ICD-10-CM "Code Descriptions in Tabular Order" (CMS icd10cm_order_YYYY.txt). Fixed width, from
 * CMS icd10OrderFiles.pdf: cols 1-5 order number, 7-13 code (no dot), 15 billable flag
 * (1 = valid for HIPAA transactions), 17-76 short description, 78- long description.
 */
import { SourceFormatError, splitLines } from './errors';

export interface OrderRecord {
  order: number;
  code: string;
  billable: boolean;
  short: string;
  long: string;
}

// FY2026 added codes with a letter in 2nd position (QA0 ...), so only the 1st must be a letter.
const CODE = /^[A-Z][0-9A-Z]{2,6}$/;

export function parseOrderLine(line: string, file: string, lineNo: number): OrderRecord {
  const order = line.slice(0, 5);
  const code = line.slice(6, 13).trim();
  const flag = line.slice(14, 15);
  if (!/^\d{5}$/.test(order) || line[5] !== ' ' || !CODE.test(code) || (flag !== '0' && flag !== '1')) {
    throw new SourceFormatError(file, lineNo, 'expected "NNNNN CODE    F short... long..." (order number, code in cols 7-13, flag 0/1 in col 15)');
  }
  const short = line.slice(16, 76).trim();
  const long = line.slice(77).trim();
  if (!short || !long) throw new SourceFormatError(file, lineNo, 'expected a short description (cols 17-76) and a long description (col 78 on)');
  return { order: Number(order), code, billable: flag === '1', short, long };
}

export function parseOrderFile(text: string, file: string): OrderRecord[] {
  const lines = splitLines(text);
  const records = lines.map((line, i) => parseOrderLine(line, file, i + 1));
  records.forEach((r, i) => {
    if (r.order !== i + 1) throw new SourceFormatError(file, i + 1, `expected order number ${i + 1}, found ${r.order} (file out of order or truncated)`);
  });
  return records;
}
