// Text as a user reads it, for Testing Library queries. `getByText` alone looks at an element's own
// text nodes, so it misses a sentence the markup splits across elements (a label in <strong>, codes
// in <code>); `reads` matches the whole text of the innermost element that holds it.
import { getDefaultNormalizer, type MatcherFunction } from '@testing-library/react';

/** An element's text, white space folded as screen readers and Testing Library fold it. */
export const readText = (el: Element | null | undefined): string => getDefaultNormalizer()(el?.textContent ?? '');

/** Matches the innermost element whose whole text is `expected` (a string) or matches it (a RegExp). */
export function reads(expected: string | RegExp): MatcherFunction {
  const fits = (el: Element) => {
    const text = readText(el);
    return typeof expected === 'string' ? text === expected : expected.test(text);
  };
  return (_content, el) => el !== null && fits(el) && ![...el.children].some(fits);
}
