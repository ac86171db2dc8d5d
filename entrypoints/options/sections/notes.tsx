// Settings of the notes domain (wired by its domain).
export function NotesSection() {
  return null;
}
