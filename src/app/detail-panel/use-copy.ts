/** Copying text to the clipboard with a visible confirmation and a manual fallback. */
import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** `copy(text)` writes to the clipboard; status is "copied" for a few seconds, or "failed" (show a text field). */
export function useCopy(): {
  status: CopyStatus;
  copy: (text: string) => Promise<void>;
  reset: () => void;
} {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(async (text: string) => {
    clearTimeout(timer.current);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus('copied');
      timer.current = setTimeout(() => setStatus('idle'), 4000);
    } catch {
      setStatus('failed');
    }
  }, []);
  const reset = useCallback(() => setStatus('idle'), []);
  return { status, copy, reset };
}
