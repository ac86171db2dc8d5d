import { launch, timeReleaseImport } from '@/test/e2e/harness';
import { officialCmsZip, officialHcpcs } from '@/test/support/codes/official';
import type { Page } from 'playwright-core';
async function heapMb(page: Page) { const cdp = await page.context().newCDPSession(page); await cdp.send('HeapProfiler.collectGarbage'); const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }; await cdp.detach(); return (usedSize / 1e6).toFixed(1); }
const h = await launch();
try {
  const p0 = await h.openExtensionPage('popup');
  await p0.waitForFunction(() => performance.getEntriesByName('rr:releases-applied').length > 0);
  await new Promise((r) => setTimeout(r, 3000));
  console.log('popup no release', await heapMb(p0));
  const options = await h.openExtensionPage('options');
  await options.getByText('No release imported.').waitFor();
  console.log('options no release', await heapMb(options));
  console.log((await timeReleaseImport(options, '2026-code-descriptions-tabular-order.zip', officialCmsZip(2026))).ms);
  console.log((await timeReleaseImport(options, '2025-code-descriptions-tabular-order.zip', officialCmsZip(2025))).ms);
  console.log((await timeReleaseImport(options, 'HCPC2025_JAN_ANWEB_12172024.txt', officialHcpcs())).ms);
  await new Promise((r) => setTimeout(r, 3000));
  console.log('options 3 releases', await heapMb(options));
  const p = await h.openExtensionPage('popup');
  await p.waitForFunction(() => performance.getEntriesByName('rr:releases-applied').length > 0);
  console.log('popup at applied', await heapMb(p));
  await new Promise((r) => setTimeout(r, 4000));
  console.log('popup +4s', await heapMb(p));
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('HeapProfiler.enable');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  (await import('node:fs')).writeFileSync('/tmp/p14/popup.heapsnapshot', chunks.join(''));
} finally { await h.close(); }
