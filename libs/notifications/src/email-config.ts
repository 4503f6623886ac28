import type { AppConfig } from '@wmo/config';

/** E-mail is on when an SMTP server is configured; otherwise notifications are in-app only. */
export function emailEnabled(config: AppConfig): boolean {
  return Boolean(config.SMTP_URL || config.SMTP_HOST);
}

/** Where an e-mail sends people: the web app's front door, nothing more specific. */
export function loginUrlOf(config: AppConfig): string {
  const base = config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`;
  return `${base.replace(/\/+$/, '')}/`;
}
