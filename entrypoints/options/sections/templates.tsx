// Settings of the templates domain (wired by its domain).
export function TemplatesSection() {
  return null;
}
