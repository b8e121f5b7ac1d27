import { useState } from 'react';
import { saveBlob } from '../api/save-blob';
import { useApiErrorHandler } from '../api/use-api-error';

/** Fetches a file with the session and saves it under `name`; `busy` while it loads. */
export function useDownload(): { busy: boolean; download(fetch: () => Promise<Blob>, name: string): Promise<void> } {
  const [busy, setBusy] = useState(false);
  const showError = useApiErrorHandler();
  const download = async (fetch: () => Promise<Blob>, name: string) => {
    setBusy(true);
    try {
      saveBlob(await fetch(), name);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}
