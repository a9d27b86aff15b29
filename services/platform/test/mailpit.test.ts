import net from 'node:net';
import { MailpitClient, type MailpitMessage, toQuery, waitForMail } from '../src/testkit/mailpit';
import { testInfra, uniqueName } from '../src/testkit/infra';

const mailpit = new MailpitClient();

interface Envelope {
  from: string;
  to: string[];
  /** AUTH PLAIN credentials; Mailpit accepts any. */
  auth?: { user: string; pass: string };
}

/**
 * Sends `source` (CRLF line ends) to the local Mailpit speaking plain SMTP, the way an SMTP client
 * library would: EHLO, optional AUTH PLAIN, MAIL, RCPT, DATA with dot-stuffing, QUIT.
 */
async function sendSmtp(envelope: Envelope, source: string): Promise<void> {
  const url = new URL(testInfra().smtpUrl);
  const socket = net.connect({ host: url.hostname, port: Number(url.port) });
  socket.setTimeout(5_000, () => socket.destroy(new Error('SMTP timed out')));
  let buffer = '';
  const replies: string[] = [];
  let waiting: (() => void) | undefined;
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      // "250-" continues a multi-line reply; "250 " ends it.
      if (line[3] !== '-') replies.push(line);
    }
    waiting?.();
  });
  const closed = new Promise<never>((_, reject) => {
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('SMTP connection closed')));
  });
  closed.catch(() => undefined);
  const reply = async (expected: number): Promise<string> => {
    while (replies.length === 0) await Promise.race([new Promise<void>((resolve) => (waiting = resolve)), closed]);
    const line = replies.shift() ?? '';
    if (Number(line.slice(0, 3)) !== expected) throw new Error(`SMTP answered "${line}", expected ${expected}`);
    return line;
  };
  const command = async (line: string, expected: number): Promise<string> => {
    socket.write(`${line}\r\n`);
    return reply(expected);
  };
  try {
    await reply(220);
    await command('EHLO lethe-test', 250);
    if (envelope.auth) {
      const token = Buffer.from(`\0${envelope.auth.user}\0${envelope.auth.pass}`).toString('base64');
      await command(`AUTH PLAIN ${token}`, 235);
    }
    await command(`MAIL FROM:<${envelope.from}>`, 250);
    for (const to of envelope.to) await command(`RCPT TO:<${to}>`, 250);
    await command('DATA', 354);
    const stuffed = source.replace(/^\./gm, '..');
    await command(`${stuffed}${stuffed.endsWith('\r\n') ? '' : '\r\n'}.`, 250);
    await command('QUIT', 221);
  } finally {
    socket.destroy();
  }
}

/** A multipart/alternative message as a service would send it, with the headers tests check. */
function composeMessage(options: { to: string; subject: string; messageId: string; unsubscribe: string; text: string; html: string }): string {
  const boundary = `b-${uniqueName('part')}`;
  const encodedSubject = `=?UTF-8?B?${Buffer.from(options.subject).toString('base64')}?=`;
  return [
    'From: Lethe <noreply@lethe.test>',
    `To: Candidate <${options.to}>`,
    `Subject: ${encodedSubject}`,
    `Message-ID: <${options.messageId}>`,
    `Date: ${new Date().toUTCString()}`,
    `List-Unsubscribe: <${options.unsubscribe}>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    options.text,
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    options.html,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

describe('testInfra', () => {
  it('names the local Mailpit SMTP server and HTTP API', () => {
    expect(testInfra().smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    expect(testInfra().mailpitUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe('MailpitClient against the local Mailpit', () => {
  const domain = `${uniqueName('mail')}.lethe.test`;
  const to = `ann@${domain}`;
  const sent: string[] = [];

  afterAll(async () => {
    // Only this file's messages: other test files read the same Mailpit.
    const { messages } = await mailpit.search(`to:"@${domain}"`);
    await mailpit.deleteMessages(messages.map((message) => message.ID));
  });

  it('answers with its version', async () => {
    expect((await mailpit.info()).Version).toMatch(/^v\d+\.\d+\.\d+/);
  });

  it('reads back a message sent over SMTP with AUTH: addresses, subject, both bodies and headers', async () => {
    const messageId = `${uniqueName('msg')}@lethe.test`;
    const subject = `Ihre Einwilligung — Grüße ${messageId}`;
    await sendSmtp(
      { from: 'noreply@lethe.test', to: [to], auth: { user: 'messaging', pass: 'any password' } },
      composeMessage({
        to,
        subject,
        messageId,
        unsubscribe: 'https://lethe.test/unsubscribe/t-1',
        text: 'Hello Ann,\r\n.a line starting with a dot\r\nconfirm: https://lethe.test/c/1',
        html: '<p>Hello <b>Ann</b></p>',
      }),
    );
    sent.push(messageId);

    const message: MailpitMessage = await waitForMail(to, (m) => m.MessageID === messageId);
    expect(message.From).toEqual({ Name: 'Lethe', Address: 'noreply@lethe.test' });
    expect(message.To).toEqual([{ Name: 'Candidate', Address: to }]);
    expect(message.Subject).toBe(subject);
    expect(message.Text).toContain('.a line starting with a dot');
    expect(message.Text).toContain('confirm: https://lethe.test/c/1');
    expect(message.HTML).toContain('<p>Hello <b>Ann</b></p>');
    expect(message.headers['message-id']).toEqual([`<${messageId}>`]);
    expect(message.headers['list-unsubscribe']).toEqual(['<https://lethe.test/unsubscribe/t-1>']);
    expect(message.headers['list-unsubscribe-post']).toEqual(['List-Unsubscribe=One-Click']);
    expect(message.ListUnsubscribe.Links).toEqual(['https://lethe.test/unsubscribe/t-1']);
    expect(await mailpit.getRaw(message.ID)).toContain(`Message-ID: <${messageId}>`);
  });

  it('takes mail without AUTH too, and finds messages by exact recipient', async () => {
    const other = `jo${to}`;
    const messageId = `${uniqueName('msg')}@lethe.test`;
    await sendSmtp(
      { from: 'noreply@lethe.test', to: [other] },
      composeMessage({ to: other, subject: 'to Jo', messageId, unsubscribe: 'https://lethe.test/u', text: 'x', html: '<p>x</p>' }),
    );
    await waitForMail(other);

    // Mailpit's to: search matches substrings; messagesTo keeps only the exact address.
    const bySearch = await mailpit.search(toQuery(to));
    expect(bySearch.messages.map((m) => m.To[0]?.Address).sort()).toEqual([other, to].sort());
    const exact = await mailpit.messagesTo(to);
    expect(exact.map((m) => m.MessageID)).toEqual(sent);
    expect((await mailpit.messagesTo(other)).map((m) => m.Subject)).toEqual(['to Jo']);

    const page = await mailpit.listMessages({ limit: 1 });
    expect(page.messages).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(2);
  });

  it('deletes messages by id', async () => {
    const [message] = await mailpit.messagesTo(to);
    await mailpit.deleteMessages([message.ID]);
    expect(await mailpit.messagesTo(to)).toEqual([]);
    await expect(mailpit.getMessage(message.ID)).rejects.toThrow(/answered 404/);
    await mailpit.deleteMessages([]);
  });

  it('waitForMail fails naming the recipient when no matching message comes', async () => {
    await expect(waitForMail(`nobody@${domain}`, undefined, 300)).rejects.toThrow(`timed out after 300 ms waiting for mail to nobody@${domain}`);
  });
});
