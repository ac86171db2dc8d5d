// Side panel "Templates" tab (wired by its domain).
export function TemplatesTab() {
  return null;
}
