// Who is asking: the tenant's controller, published through consent, at the foot of every message
// messaging sends to a candidate (through SMTP into Mailpit) and on messaging's own page.
import { RIGHTS } from '@lethe/platform/auth';
import { toControllerFields, type Controller } from '@lethe/platform/controller';
import { unaryCall } from '@lethe/platform/grpc';
import { sampleController } from '@lethe/platform/testkit';
import { createCandidate, sendMessage, startStack, uniqueName, waitFor, type Clients, type Stack } from './stack';

let kit: Stack;

beforeAll(async () => {
  kit = await startStack();
}, 120_000);
afterAll(async () => {
  await kit?.close();
});

async function agencyWith(controller: Controller): Promise<Clients> {
  const recruiter = await kit.recruiter(uniqueName('agency'));
  await unaryCall(recruiter.consent, 'UpdateController', { controller: toControllerFields(controller), expectedVersion: 0 });
  return recruiter;
}

describe('a message to a candidate names who is asking', () => {
  it('at the foot of the email, text and HTML, in the message\'s language, the HTML in the tenant\'s colour under its logo', async () => {
    const recruiter = await agencyWith(sampleController());
    const candidate = await createCandidate(recruiter);
    await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, values: { subject: 'Ihr Termin', text: 'Bis morgen.' } });
    const german = await kit.mailpit.waitForMail(candidate.email, (message) => message.Subject === 'Ihr Termin', 20_000);
    for (const line of [
      'Verantwortlich für Ihre Daten: Muster Personal GmbH, Hauptstraße 1, 10115 Berlin',
      'Datenschutzhinweise: https://muster-personal.example/datenschutz',
      'Datenschutzkontakt: Dana Schutz, datenschutz@muster-personal.example, +49 30 1234567, Postfach 12 34, 10001 Berlin',
    ]) {
      expect(german.Text).toContain(line);
    }
    expect(german.HTML).toContain('<a href="https://muster-personal.example/datenschutz" style="color:#aa3300">Datenschutzhinweise</a>');
    expect(german.HTML).toContain('border-bottom:4px solid #aa3300');
    expect(german.HTML).toContain('Muster Personal GmbH<br>Hauptstraße 1<br>10115 Berlin');
    // The logo travels as an inline part the HTML refers to, which mail clients show.
    expect(german.HTML).toMatch(/<img src="cid:[^"]+" alt="Muster Personal GmbH"/);
    expect(await kit.mailpit.getRaw(german.ID)).toMatch(/Content-Type: image\/png[\s\S]*Content-ID: </);

    await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, language: 'en', values: { subject: 'Your appointment', text: 'See you tomorrow.' } });
    const english = await kit.mailpit.waitForMail(candidate.email, (message) => message.Subject === 'Your appointment', 20_000);
    expect(english.Text).toContain('Responsible for your data: Muster Personal GmbH, Hauptstraße 1, 10115 Berlin');
    expect(english.Text).toContain('Privacy policy: https://muster-personal.example/privacy');
    expect(english.Text).toContain('Data-protection contact: Dana Schutz');
    expect(english.HTML).toContain('>Privacy policy</a>');
  });

  it('shows every value as text in the HTML part', async () => {
    const hostile = 'Muster & Co <script>alert(1)</script>';
    const recruiter = await agencyWith(sampleController({ companyName: hostile, logo: Buffer.alloc(0) }));
    const candidate = await createCandidate(recruiter);
    await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, values: { subject: 'Hallo', text: 'Text' } });
    const mail = await kit.mailpit.waitForMail(candidate.email, (message) => message.Subject === 'Hallo', 20_000);
    expect(mail.HTML).not.toContain('<script');
    expect(mail.HTML).toContain('Muster &amp; Co &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.Text).toContain(`Verantwortlich für Ihre Daten: ${hostile}`);
  });

  it('in one short line of an SMS; a tenant that published nothing sends the message as written', async () => {
    const recruiter = await agencyWith(sampleController());
    const operator = await kit.recruiter(recruiter.tenantId, [RIGHTS.manageSettings, RIGHTS.manageLicences], 'operator');
    const settings = await unaryCall(recruiter.messaging, 'GetMessagingSettings', {});
    await unaryCall(operator.messaging, 'UpdateMessagingSettings', { settings: { ...settings, smsLicensed: true }, expectedVersion: settings.version });
    const candidate = await createCandidate(recruiter, { phone: '+4915112345678' });
    const sms = await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, channel: 'CHANNEL_SMS', values: { text: 'Rufen Sie zurück?' } });
    const shown = await waitFor(async () => (await unaryCall(recruiter.messaging, 'GetMessage', { id: sms.message!.id })).content ?? undefined);
    expect(shown.text).toBe('Rufen Sie zurück? (Muster Personal)\n\nMuster Personal GmbH · Datenschutz: https://muster-personal.example/datenschutz');

    const bare = await kit.recruiter(uniqueName('agency'));
    const other = await createCandidate(bare);
    await sendMessage(bare.messaging, { recipient: { candidateId: other.id }, values: { subject: 'Ohne Angaben', text: 'Text' } });
    const mail = await kit.mailpit.waitForMail(other.email, (message) => message.Subject === 'Ohne Angaben', 20_000);
    expect(mail.Text).not.toContain('Verantwortlich');
  });
});
