import { describe, expect, it } from 'vitest';
import { diagnosesUnderHeadings } from './heading-dx';
import { Recorder } from './record';

function read(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const rec = new Recorder();
  return { codes: diagnosesUnderHeadings(doc, rec), rec };
}

describe('diagnoses listed under a heading', () => {
  it('reads ICD-10-CM codes from the list after a diagnosis heading, dots restored, with provenance', () => {
    const { codes, rec } = read('<h4>Diagnoses:</h4><p>As submitted</p><ul><li>e119</li><li>S52521A - fracture</li></ul>');
    expect(codes).toEqual(['E11.9', 'S52.521A']);
    expect(rec.provenance.map((p) => p.path)).toEqual(['diagnoses[0]', 'diagnoses[1]']);
  });

  it('ignores lists of other things, other headings, and page chrome', () => {
    expect(read('<h3>Diagnosis</h3><ul><li>Call us at 1-800-555-0100</li><li>ZIP 12345</li></ul>').codes).toEqual([]);
    expect(read('<h3>Recently viewed</h3><ul><li>E11.9</li></ul>').codes).toEqual([]);
    expect(read('<footer><h3>Diagnosis codes</h3><ul><li>E11.9</li></ul></footer>').codes).toEqual([]);
    expect(read('<h3>Diagnosis codes</h3><div>E11.9</div>').codes).toEqual([]);
  });

  it('stops at 12 diagnoses, the most a professional claim carries', () => {
    const items = Array.from({ length: 20 }, (_, i) => `<li>E11.${i % 10}${i >= 10 ? '1' : ''}</li>`).join('');
    expect(read(`<h3>Diagnosis codes</h3><ol>${items}</ol>`).codes).toHaveLength(12);
  });
});
