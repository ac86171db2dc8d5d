/** Service-worker side of the notes vault (auto-lock); wired by the notes domain. */
export function startNotesBackground(): void {}
