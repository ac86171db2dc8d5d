// Side panel "Lookup" tab (wired by its domain).
export function LookupTab() {
  return null;
}
