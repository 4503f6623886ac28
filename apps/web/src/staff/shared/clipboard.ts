/**
 * Copies text to the clipboard: the Clipboard API where the browser allows it, else the old
 * way through a selected input (`fallback`). False when neither worked: the person then
 * selects and copies the text themselves.
 */
export async function copyText(
  text: string,
  fallback: HTMLInputElement | HTMLTextAreaElement | null,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<boolean> {
  try {
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not allowed here (e.g. no secure context): try the fallback.
  }
  if (!fallback) return false;
  fallback.focus();
  fallback.select();
  try {
    // The deprecated command is the only way left without the Clipboard API.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
