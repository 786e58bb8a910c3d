import { useEffect, useRef } from 'react';
import { isListOpen } from './desk-flow';
import { digitOf } from './kind-keys';

export interface DeskKeyHandlers {
  /** Ctrl+Enter (⌘+Enter): save, from any field. */
  onSubmit(): void;
  /** Alt+1…9: pick a kind, from any field. */
  onKindDigit(digit: number): void;
  /** Escape, unless an open list or dialog takes it. */
  onEscape(): void;
}

/** The desk screen's page-wide keys, listened for while the screen is shown. */
export function useDeskKeys(handlers: DeskKeyHandlers) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing) return; // an input method (pinyin) is still composing
      const target = event.target as Element | null;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        ref.current.onSubmit();
        return;
      }
      const digit = digitOf(event);
      if (digit !== null && event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        ref.current.onKindDigit(digit);
        return;
      }
      if (event.key === 'Escape' && !isListOpen(target)) {
        // A dialog or drawer over the page (the manager's alert, a confirmation) closes first.
        if (document.querySelector('.ant-modal-wrap:not([style*="display: none"])')) return;
        ref.current.onEscape();
      }
    };
    // Capture: a select or tree select stops the keys it handles from bubbling, Ctrl+Enter included.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
