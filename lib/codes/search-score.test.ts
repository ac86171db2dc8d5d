import { describe, expect, it } from 'vitest';
import { scoreIndex } from './search-score';
import { buildTextIndex } from './text-index';

// 200 entries: "encounter" is in every one (a common word), "femur" in three, "child" in one.
const docs = Array.from({ length: 200 }, (_, i) => ({
  title: i === 7 ? 'Fracture of femur, initial encounter' : i === 9 ? 'Femur pain encounter' : i === 11 ? 'Femur' : i === 13 ? 'Child encounter' : `Condition ${i} encounter`,
}));
const ix = buildTextIndex(docs);
const all = { accept: () => true, bonus: () => 0, limit: 40 };

describe('scoreIndex', () => {
  it('a common word alone still finds its entries', () => {
    expect(scoreIndex(ix, ['encounter'], all)).toHaveLength(40);
  });

  it('with a rarer word, a common word only ranks the entries the rare word found', () => {
    const found = scoreIndex(ix, ['femur', 'encounter'], all);
    // Not the 196 entries holding only "encounter": the three with "femur", those with both first.
    expect(found.map((c) => c.id).sort((x, y) => x - y)).toEqual([7, 9, 11]);
    expect(found[2]!.id).toBe(11);
    // Entries with both words cover the whole query; "Femur" alone does not.
    expect(found.filter((c) => c.coverage === 1).map((c) => c.id).sort()).toEqual([7, 9]);
    expect(found.find((c) => c.id === 11)!.coverage).toBeLessThan(1);
  });

  it('the order of the query words does not change the answer', () => {
    const a = scoreIndex(ix, ['encounter', 'child'], all);
    const b = scoreIndex(ix, ['child', 'encounter'], all);
    expect(a).toEqual(b);
    expect(a.map((c) => c.id)).toEqual([13]);
  });
});
