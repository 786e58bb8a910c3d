import type { KeyboardEvent } from 'react';

/**
 * Enter submits the dialog from any text field (Shift+Enter for a new line); not while an input
 * method is composing Chinese, and not while a select or date picker uses Enter to pick a value.
 */
export function submitOnEnter(submit: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    if (!['INPUT', 'TEXTAREA'].includes(target.tagName)) return;
    if (target.closest('.ant-picker')) return;
    // In a select, the Enter that picks an option is the select's; once it is closed, Enter submits.
    if (target.closest('.ant-select') && target.getAttribute('aria-expanded') !== 'false') return;
    e.preventDefault();
    submit();
  };
}
