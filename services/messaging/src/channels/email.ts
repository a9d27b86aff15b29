import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { DeliveryError, type Accepted, type OutgoingMessage, type Transport } from './transport';

export interface EmailSettings {
  /** smtp://host:port (STARTTLS when offered) or smtps://host:port (TLS from the start). */
  url: string;
  username?: string;
  password?: string;
  /** Refuse to send unless the server offers STARTTLS. */
  requireTls: boolean;
  /** The sender when the tenant names none, e.g. `Lethe <no-reply@lethe.example>`. */
  defaultFrom: { name: string; address: string };
  /** Connections kept open to the server. */
  maxConnections: number;
}

/** SMTP answers that sending again cannot change: the address or the message was refused. */
function isPermanent(err: { code?: string; responseCode?: number }): boolean {
  return (err.responseCode !== undefined && err.responseCode >= 500) || err.code === 'EENVELOPE' || err.code === 'EMESSAGE';
}

/** Email over SMTP (nodemailer, pooled connections): an HTML part and a text part. */
export class EmailTransport implements Transport {
  readonly channel = 'email' as const;
  private readonly transporter: Transporter<SMTPPool.SentMessageInfo>;

  constructor(private readonly settings: EmailSettings) {
    const url = new URL(settings.url);
    this.transporter = nodemailer.createTransport({
      pool: true,
      maxConnections: settings.maxConnections,
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      requireTLS: settings.requireTls,
      auth: settings.username ? { user: settings.username, pass: settings.password ?? '' } : undefined,
      connectionTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(message: OutgoingMessage): Promise<Accepted> {
    const from = message.from ?? this.settings.defaultFrom;
    const domain = from.address.split('@')[1] ?? 'lethe.local';
    const messageId = `<${message.messageId}@${domain}>`;
    const headers: Record<string, string> = {};
    if (message.unsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${message.unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    try {
      await this.transporter.sendMail({
        from,
        to: message.to,
        replyTo: message.replyTo || undefined,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId,
        headers,
        // Images a message embeds (the tenant's logo) travel as inline parts, which mail clients show.
        attachDataUrls: true,
      });
    } catch (err) {
      const failure = err as { code?: string; responseCode?: number };
      throw new DeliveryError(failure.responseCode ? `SMTP_${failure.responseCode}` : (failure.code ?? 'SMTP_ERROR'), isPermanent(failure));
    }
    return { providerMessageId: messageId };
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
