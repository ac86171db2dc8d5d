// Offscreen document (Chrome, reason CLIPBOARD): the service worker has no DOM and so no
// clipboard; it opens this page to empty the clipboard when a copied letter's time is up.
import { browser } from 'wxt/browser';
import { createRouter } from '@/lib/platform/messaging';
import { execCopyText } from '@/lib/platform/clipboard';

browser.runtime.onMessage.addListener(createRouter({
  'clipboard.offscreenClear': () => ({ cleared: execCopyText(document, '') }),
}));
