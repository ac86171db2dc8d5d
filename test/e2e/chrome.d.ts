// The E2E tests evaluate code inside the extension's service worker, where `chrome` exists.
declare const chrome: {
  runtime: {
    getContexts(filter: { contextTypes: string[] }): Promise<{ contextType: string; documentUrl?: string }[]>;
    getManifest(): { manifest_version: number; host_permissions?: string[]; optional_host_permissions?: string[]; version: string } };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]>;
    executeScript<T>(injection: { target: { tabId: number }; func: () => T }): Promise<{ result?: Awaited<T> }[]>;
  };
  tabs: { query(q: Record<string, unknown>): Promise<{ id?: number; url?: string; title?: string }[]> };
  storage: {
    local: { get(k?: string | string[] | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };
    session: { get(k?: string | string[] | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };
  };
};
