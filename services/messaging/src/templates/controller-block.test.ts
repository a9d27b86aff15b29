import { sampleController } from '@lethe/platform/testkit';
import { withControllerBlock } from './controller-block';

const written = { subject: 'Ihr Termin', text: 'Bis morgen.', html: '<p>Bis morgen.</p>' };

describe('the controller block of a message to a candidate', () => {
  it('closes an email with who is responsible, the privacy policy in the message\'s language and the data-protection contact', () => {
    const english = withControllerBlock(written, 'email', 'en', sampleController());
    expect(english.subject).toBe('Ihr Termin');
    expect(english.text).toBe(
      'Bis morgen.\n\n-- \nResponsible for your data: Muster Personal GmbH, Hauptstraße 1, 10115 Berlin\nPrivacy policy: https://muster-personal.example/privacy\nData-protection contact: Dana Schutz, datenschutz@muster-personal.example, +49 30 1234567, Postfach 12 34, 10001 Berlin',
    );
    expect(english.html.startsWith('<div style="border-bottom:4px solid #aa3300;padding-bottom:8px;margin-bottom:16px"><img src="data:image/png;base64,')).toBe(true);
    expect(english.html).toContain('<p>Bis morgen.</p>');
    expect(english.html).toContain('<a href="https://muster-personal.example/privacy" style="color:#aa3300">Privacy policy</a>');
    expect(english.html).toContain('<a href="mailto:datenschutz@muster-personal.example" style="color:#aa3300">datenschutz@muster-personal.example</a>');
  });

  it('is one short line in an SMS or WhatsApp message, and nothing where the tenant published no controller', () => {
    expect(withControllerBlock(written, 'sms', 'de', sampleController()).text).toBe('Bis morgen.\n\nMuster Personal GmbH · Datenschutz: https://muster-personal.example/datenschutz');
    expect(withControllerBlock(written, 'whatsapp', 'en', sampleController()).text).toBe('Bis morgen.\n\nMuster Personal GmbH · Privacy: https://muster-personal.example/privacy');
    expect(withControllerBlock(written, 'email', 'de', undefined)).toEqual(written);
  });

  it('escapes every value in the HTML part, and only #rrggbb reaches a style', () => {
    const hostile = '<script>alert(1)</script>"onmouseover="x';
    const { html } = withControllerBlock(written, 'email', 'de', sampleController({ companyName: hostile, brandColour: 'red;background:url(x)', logo: Buffer.alloc(0) }));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('"onmouseover');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;onmouseover=&quot;x');
    expect(html).not.toContain('red;');
    expect(html).toContain('#1f4e79');
  });
});
