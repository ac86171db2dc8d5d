/**
 * One spelling per claim number, so a note typed by hand finds the notes linked from the portal.
 * Portals print the same ICN as "2 24 123 456 789", "224123456789" or "224-123456-789"; letters are
 * case-insensitive on every portal we know (see docs/portal-references.md).
 */
export function normalizeClaimRef(claimRef: string): string {
  return claimRef.normalize('NFKC').toUpperCase().replace(/[\s\-_./]+/g, '');
}
