// Settings of the claims domain (wired by its domain).
export function ClaimsSection() {
  return null;
}
