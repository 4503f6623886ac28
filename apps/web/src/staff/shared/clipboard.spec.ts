import { copyText } from './clipboard';

describe('copying a link', () => {
  it('uses the Clipboard API when it is there', async () => {
    const written: string[] = [];
    const clipboard = { writeText: async (text: string) => void written.push(text) };
    expect(await copyText('https://x/inwoner#rl_1', null, clipboard)).toBe(true);
    expect(written).toEqual(['https://x/inwoner#rl_1']);
  });

  it('selects the text and copies it the old way when the Clipboard API refuses', async () => {
    const refused = {
      writeText: () => Promise.reject(new Error('NotAllowedError')),
    };
    const calls: string[] = [];
    const input = {
      focus: () => calls.push('focus'),
      select: () => calls.push('select'),
    } as unknown as HTMLInputElement;
    const documentBefore = (globalThis as { document?: unknown }).document;
    (globalThis as { document?: unknown }).document = {
      execCommand: (command: string) => calls.push(command) > 0,
    };
    try {
      expect(await copyText('x', input, refused)).toBe(true);
      expect(calls).toEqual(['focus', 'select', 'copy']);
    } finally {
      (globalThis as { document?: unknown }).document = documentBefore;
    }
  });

  it('says so when nothing worked', async () => {
    expect(await copyText('x', null, undefined)).toBe(false);
  });
});
