// Settings of the codes domain (wired by its domain).
export function CodesSection() {
  return null;
}
