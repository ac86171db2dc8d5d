/** Test helpers: parse HTML in Node (scripts off), extract, and close the happy-dom windows afterwards. */
import { extractClaimPage } from '@/lib/reading/portals/extract';
import { parseHtml, type ParsedPage } from '@/lib/reading/portals/node-dom';

const opened: ParsedPage[] = [];

export function keepOpen(page: ParsedPage): ParsedPage {
  opened.push(page);
  return page;
}

export function extractHtml(html: string, url = 'https://portal.example.test/claim') {
  const page = keepOpen(parseHtml(html, url));
  return extractClaimPage(page.document, url);
}

export async function closePages(): Promise<void> {
  await Promise.all(opened.splice(0).map((p) => p.close()));
}
