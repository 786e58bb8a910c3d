import type { KeyboardEvent } from 'react';

// The desk form's Enter flow: fields are marked with `data-desk-flow="<name>"`; Enter in a one-line
// field moves to the next marked field in page order, as a receptionist expects from a paper form.

const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), button:not([disabled])';

function visible(element: HTMLElement): boolean {
  return element.offsetParent !== null || element.getClientRects().length > 0;
}

/** Focuses the marked field: a radio group's chosen option, else its first focusable element. */
export function focusFlowStop(stop: HTMLElement | null): boolean {
  if (!stop || !visible(stop)) return false;
  const target =
    stop.querySelector<HTMLElement>('input[type="radio"]:checked') ??
    stop.querySelector<HTMLElement>(FOCUSABLE) ??
    (stop.matches(FOCUSABLE) ? stop : null);
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
    // Continue typing where the text ends rather than replacing it.
    if (target.type === 'text' || target.type === 'tel' || target instanceof HTMLTextAreaElement) {
      const end = target.value.length;
      target.setSelectionRange(end, end);
    }
  }
  return true;
}

/** Focuses the field marked with this name. */
export function focusFlow(root: HTMLElement | null, name: string): boolean {
  return focusFlowStop(root?.querySelector<HTMLElement>(`[data-desk-flow="${name}"]`) ?? null);
}

/** Focuses the first visible marked field after the one holding `from`. */
export function focusNextFlow(root: HTMLElement, from: Element): boolean {
  const stops = [...root.querySelectorAll<HTMLElement>('[data-desk-flow]')];
  const at = stops.findIndex((s) => s.contains(from));
  for (const stop of stops.slice(at + 1)) if (focusFlowStop(stop)) return true;
  return false;
}

/** Whether Enter in this element should move on rather than do what the element itself does. */
export function entersFlow(target: HTMLElement): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) return false;
  // A select or autocomplete uses Enter to open its list and pick an option.
  if (target.getAttribute('role') === 'combobox') return false;
  return target instanceof HTMLInputElement;
}

/**
 * The screen's Enter flow: Enter in a one-line field (not the customer search, which picks with it)
 * moves on to the next field, as on a paper form.
 */
export function flowOnEnter(event: KeyboardEvent<HTMLElement>, root: HTMLElement | null) {
  const target = event.target as HTMLElement;
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
  if (event.nativeEvent.isComposing || !root || !entersFlow(target)) return;
  if (target.closest('[data-testid="desk-customer-search"]')) return;
  event.preventDefault();
  focusNextFlow(root, target);
}

/** An open list (select, autocomplete, tree select) takes Escape for itself. */
export function isListOpen(target: Element | null): boolean {
  return target?.getAttribute('aria-expanded') === 'true';
}
