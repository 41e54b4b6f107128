/** Saving text as a file the learner downloads (export, set-aside copies): a link to a blob, clicked. */
export function downloadText(name: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** A size in words: "820 KB", "1.2 MB". Characters count as bytes, as an export file stores them. */
export const sizeText = (chars: number): string =>
  chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(chars / 1e3))} KB`;
