// Window-wide keys (ui-spec §6.1): F6 / Shift+F6 cycle between panes (contact list, transcript,
// message input: elements marked data-pane), Ctrl+F finds a contact (the list filter; inside a
// conversation the key is left alone). Menu access keys live with the menu bar.
import { useEffect } from 'react';

const FOCUSABLE = '[tabindex="0"], input, textarea, select, button';

function focusPane(pane: HTMLElement): void {
  const target = pane.matches(FOCUSABLE) ? pane : pane.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus();
}

/** Moves focus to the next (or previous) pane; from outside any pane, to the first. */
export function cyclePane(backwards: boolean, root: ParentNode = document): boolean {
  const panes = [...root.querySelectorAll<HTMLElement>('[data-pane]')];
  if (panes.length === 0) return false;
  const active = document.activeElement;
  const here = panes.findIndex((pane) => pane === active || pane.contains(active));
  const step = backwards ? -1 : 1;
  const next = here < 0 ? (backwards ? panes.length - 1 : 0) : here + step;
  const pane = panes[(next + panes.length) % panes.length];
  if (pane) focusPane(pane);
  return pane !== undefined;
}

/** Ctrl+F: focus the contact filter, unless the key was pressed inside a conversation. */
export function findContact(from: EventTarget | null): boolean {
  if (from instanceof Element && from.closest('.conversation')) return false;
  const filter = document.querySelector<HTMLInputElement>('[data-contact-filter]');
  if (!filter) return false;
  filter.focus();
  filter.select();
  return true;
}

export function handleWindowKey(event: KeyboardEvent): void {
  if (event.defaultPrevented) return;
  let handled = false;
  if (event.key === 'F6' && !event.ctrlKey && !event.altKey) {
    handled = cyclePane(event.shiftKey);
  } else if (event.ctrlKey && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') {
    handled = findContact(event.target);
  }
  if (handled) event.preventDefault();
}

/** Installs the window-wide keys for as long as the component is mounted. */
export function useWindowKeys(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleWindowKey);
    return () => window.removeEventListener('keydown', handleWindowKey);
  }, []);
}
