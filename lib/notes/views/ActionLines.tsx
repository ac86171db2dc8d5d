/** The outcome of a `useAction`: an alert for an error, a status line for success. */
export function ActionLines({ status, error }: { status: string | null; error: string | null }) {
  return (
    <>
      {error && <p role="alert" className="notes-error">{error}</p>}
      {status && <p role="status">{status}</p>}
    </>
  );
}
