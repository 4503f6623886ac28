import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** One e-mail the server accepted, decoded enough to read. */
export interface ReceivedEmail {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free local port, recording what it
 * accepts. It can refuse the next e-mails (a server that is briefly away) and stall the next
 * session after its recipient is given, before any content is sent (to crash a sender there).
 */
export class SmtpMailbox {
  readonly received: ReceivedEmail[] = [];
  /** Attempts refused with a temporary error. */
  refused = 0;
  private refuseNext = 0;
  private stall: { reached: () => void; released: Promise<void>; release: () => void } | null =
    null;
  private readonly server: SMTPServer;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (_address, _session: SMTPServerSession, callback) => {
        if (this.refuseNext > 0) {
          this.refuseNext -= 1;
          this.refused += 1;
          const error = Object.assign(new Error('Probeer het later opnieuw'), {
            responseCode: 451,
          });
          callback(error);
          return;
        }
        const stall = this.stall;
        if (stall) {
          this.stall = null;
          stall.reached();
          void stall.released.then(() => callback());
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.received.push(
            parse(
              Buffer.concat(chunks).toString('utf8'),
              session.envelope.rcptTo.map((r) => r.address),
            ),
          );
          callback();
        });
      },
    });
  }

  async start(): Promise<number> {
    // A sender killed mid-session resets its connection: expected here, not a test failure.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.stall?.release();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  refuse(count: number): void {
    this.refuseNext = count;
  }

  /** The next session stops after its recipient; resolves once one got there. */
  stallNext(): { reached: Promise<void>; release: () => void } {
    let reached!: () => void;
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.stall = { reached, released, release };
    return { reached: reachedPromise, release };
  }

  to(address: string): ReceivedEmail[] {
    return this.received.filter((email) => email.to.includes(address));
  }
}

function parse(raw: string, to: string[]): ReceivedEmail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const quotedPrintable = /quoted-printable/i.test(header('Content-Transfer-Encoding'));
  return {
    messageId: header('Message-ID'),
    to,
    subject: decodeWords(header('Subject')),
    text: quotedPrintable ? decodeQuotedPrintable(body) : body,
  };
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** RFC 2047 encoded words as nodemailer writes them (=?UTF-8?Q?…?= or =?UTF-8?B?…?=). */
function decodeWords(value: string): string {
  return value.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}
