/**
 * State of a "import a licensed file / remove it" control (CPT, X12 lists): which file is being
 * read, the outcome, a failure, and the two-step removal. The file input is reset after each
 * attempt so choosing the same file again (after fixing it) fires again.
 */
import { useState, type ChangeEvent } from 'react';
import { errorMessage } from '@/lib/platform/errors';

export interface ChosenFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export function useFileImport<Outcome>(importFile: (file: ChosenFile) => Promise<Outcome>, removeImported: () => Promise<void>) {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function onFile(e: ChangeEvent<HTMLInputElement>): Promise<void> {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(file.name);
    setOutcome(null);
    setRemoved(false);
    setFailure(null);
    try {
      setOutcome(await importFile({ name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) }));
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(null);
      input.value = '';
    }
  }

  async function remove(): Promise<void> {
    setConfirming(false);
    setOutcome(null);
    setFailure(null);
    try {
      await removeImported();
      setRemoved(true);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  return { busy, outcome, confirming, setConfirming, removed, failure, setFailure, onFile, remove };
}
