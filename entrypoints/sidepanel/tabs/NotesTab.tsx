// Side panel "Notes" tab (wired by its domain).
export function NotesTab() {
  return null;
}
