/** The theme being shown: the saved choice that /theme.js set on `<html>`, else the system's. */
export function currentTheme(): 'light' | 'dark' {
  const set = document.documentElement.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The theme button says the theme with `aria-pressed` (pressed: dark). */
export function syncThemeButton(button: HTMLButtonElement): void {
  button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
}
