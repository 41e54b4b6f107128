/**
 * Whether a key press matches an `aria-keyshortcuts` value ("Control+K Meta+K": shortcuts separated by
 * spaces, each modifiers then a key joined by "+", as WAI-ARIA defines it). Modifiers must match
 * exactly, so Ctrl+Shift+K does not match "Control+K"; the key is compared without case.
 */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const MODIFIERS = { Control: 'ctrlKey', Meta: 'metaKey', Alt: 'altKey', Shift: 'shiftKey' } as const;

export function matchesShortcut(shortcuts: string, press: KeyPress): boolean {
  return shortcuts
    .split(/\s+/)
    .filter(Boolean)
    .some((shortcut) => {
      const parts = shortcut.split('+');
      const key = parts.pop() ?? '';
      if (key.toLowerCase() !== press.key.toLowerCase()) return false;
      return (Object.keys(MODIFIERS) as (keyof typeof MODIFIERS)[]).every((name) => parts.includes(name) === press[MODIFIERS[name]]);
    });
}
