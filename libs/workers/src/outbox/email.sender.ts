import nodemailer, { type Transporter } from 'nodemailer';
import type { TenantConfig } from '../tenant/tenant-config.js';
import type { ChannelSender, OutboxMessage } from './channel-sender.js';

/** E-mail over SMTP with nodemailer; the SMTP URL comes from the tenant's config or the environment variable it names. */
export class EmailSender implements ChannelSender {
  private readonly transports = new Map<string, Transporter>();

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  async send(message: OutboxMessage, config: TenantConfig): Promise<void> {
    const email = config.notifications.email;
    if (!email) throw new Error('租户未配置邮件发送 (no email configuration)');
    const url = email.smtpUrl ?? (email.smtpUrlEnv ? this.env[email.smtpUrlEnv] : undefined);
    if (!url) throw new Error(`未配置 SMTP 地址 (set ${email.smtpUrlEnv ?? 'notifications.email.smtpUrl'})`);
    await this.transport(url).sendMail({
      from: email.from,
      to: message.address,
      subject: message.subject,
      text: message.body,
      messageId: `<outbox-${message.id}@duban>`,
    });
  }

  close(): void {
    for (const transport of this.transports.values()) transport.close();
    this.transports.clear();
  }

  private transport(url: string): Transporter {
    let transport = this.transports.get(url);
    if (!transport) {
      transport = nodemailer.createTransport(url);
      this.transports.set(url, transport);
    }
    return transport;
  }
}
