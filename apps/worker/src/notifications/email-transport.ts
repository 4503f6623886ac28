import { Inject, Injectable } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { sendBudgetOf, type OutboxEmail } from '@wmo/domain';
import { emailEnabled } from '@wmo/notifications';

/** SMTP through nodemailer: one connection per e-mail, every send over within its budget. */
@Injectable()
export class EmailTransport {
  readonly enabled: boolean;
  private readonly budget: ReturnType<typeof sendBudgetOf>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.enabled = emailEnabled(config);
    this.budget = sendBudgetOf(config.EMAIL_CLAIM_LEASE_SECONDS * 1000);
  }

  /** Resolves with the server's answer once it accepted the e-mail; rejects otherwise. */
  async send(email: OutboxEmail, messageId: string): Promise<string> {
    const transport = createTransport({
      ...(this.config.SMTP_URL
        ? { url: this.config.SMTP_URL }
        : {
            host: this.config.SMTP_HOST,
            port: this.config.SMTP_PORT,
            secure: this.config.SMTP_PORT === 465,
          }),
      connectionTimeout: this.budget.connectionTimeoutMs,
      greetingTimeout: this.budget.connectionTimeoutMs,
      socketTimeout: this.budget.socketTimeoutMs,
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`SMTP send took longer than ${this.budget.deadlineMs} ms`)),
        this.budget.deadlineMs,
      );
    });
    try {
      const info = await Promise.race([
        transport.sendMail({
          from: this.config.EMAIL_FROM,
          to: email.to,
          subject: email.subject,
          text: email.text,
          messageId,
        }),
        deadline,
      ]);
      return String(info.response ?? '');
    } finally {
      clearTimeout(timer);
      transport.close();
    }
  }
}
