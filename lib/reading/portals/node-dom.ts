/**
 * Parses HTML into a Document in Node (CLI, bench, tests) with happy-dom, scripts disabled: a saved
 * portal page must never run its scripts here. Not for the extension bundle (it has a real DOM).
 */
import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  close(): Promise<void>;
}

export function parseHtml(html: string, url = 'about:blank'): ParsedPage {
  const window = new Window({
    url: url.startsWith('http') ? url : 'https://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}
