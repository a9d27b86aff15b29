import { fastestMs } from '@lethe/platform/testkit';
import { LANGUAGES, TEMPLATE_KINDS, channelsOf, kindOf } from './catalogue';
import { renderTemplate, templateViolations, type Placeholders } from './engine';

const placeholders: Placeholders = {
  firstName: { kind: 'text', sample: 'Erika' },
  consentLink: { kind: 'link', sample: 'https://lethe.example/consent?token=abc' },
  subjects: { kind: 'list', fields: ['subjectId', 'dueAt'], sample: [{ subjectId: 's1', dueAt: '2027-01-01' }] },
};
const codes = (text: string) => templateViolations(text, placeholders, 'body').map((violation) => violation.code);

describe('template validation', () => {
  it('refuses a template of too many placeholders or blocks before parsing it, in linear time', () => {
    // Nested and chained blocks cost the parser more than linear time: 10,000 characters of them took it hundreds of ms.
    for (const text of ['{{#if firstName}}'.repeat(588), `{{#if firstName}}${'{{else if firstName}}'.repeat(450)}{{/if}}`, '{{firstName}}'.repeat(769), `${'{{ ~ '.repeat(2000)}`]) {
      expect(text.length).toBeLessThanOrEqual(10_000);
      expect(codes(text)).toEqual(['too_complex']);
      expect(fastestMs(() => codes(text))).toBeLessThan(5);
    }
    // Up to the limits, templates parse as before.
    expect(codes(`${'{{firstName}} '.repeat(200)}${'{{#if firstName}}x{{/if}}'.repeat(50)}`)).toEqual([]);
    expect(codes(`${'{{firstName}} '.repeat(201)}${'{{#if firstName}}x{{/if}}'.repeat(50)}`)).toEqual(['too_complex']);
  });

  it('accepts the placeholders the key offers, conditions and lists', () => {
    expect(templateViolations('Hi {{firstName}} {{#if consentLink}}{{consentLink}}{{/if}}{{#each subjects}}{{subjectId}} {{this.dueAt}}{{/each}}', placeholders, 'body')).toEqual([]);
  });

  it('names an unknown placeholder, and refuses unescaped output, partials, helpers and data variables', () => {
    const [unknown] = templateViolations('Hi {{lastName}}', placeholders, 'body');
    expect(unknown).toMatchObject({ field: 'body', code: 'unknown_placeholder' });
    expect(unknown.description).toContain('{{lastName}}');
    expect(codes('{{{firstName}}}')).toEqual(['invalid_template']);
    expect(codes('{{> header}}')).toEqual(['invalid_template']);
    expect(codes('{{lookup firstName "x"}}')).toEqual(['invalid_template']);
    expect(codes('{{#with subjects}}x{{/with}}')).toEqual(['invalid_template']);
    expect(codes('{{@root.firstName}}')).toEqual(['invalid_template']);
    expect(codes('{{constructor}}')).toEqual(['unknown_placeholder']);
    expect(codes('{{__proto__}}')).toEqual(['unknown_placeholder']);
    expect(codes('{{#each firstName}}x{{/each}}')).toEqual(['invalid_template']);
    expect(codes('{{subjects}}')).toEqual(['invalid_template']);
    expect(codes('{{#each subjects}}{{password}}{{/each}}')).toEqual(['unknown_placeholder']);
    expect(codes('Hi {{firstName')).toEqual(['invalid_template']);
  });
});

describe('rendering', () => {
  it('escapes every value in the HTML part, keeps the text part as written, and makes links clickable', () => {
    const rendered = renderTemplate(
      { subject: 'For {{firstName}}', body: 'Hi {{firstName}},\n\nclick {{consentLink}}\nthanks' },
      placeholders,
      { firstName: '<script>alert(1)</script> & Co', consentLink: 'https://x.example/c?token=a&b="' },
    );
    expect(rendered.text).toBe('Hi <script>alert(1)</script> & Co,\n\nclick https://x.example/c?token=a&b="\nthanks');
    expect(rendered.html).not.toContain('<script>');
    expect(rendered.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(rendered.html).toContain('<a href="https://x.example/c?token=a&amp;b=&quot;">');
    expect(rendered.html.startsWith('<p>Hi')).toBe(true);
    expect(rendered.html).toContain('<br>');
  });

  it("escapes the template's own words too: a template carries no markup into the HTML part", () => {
    const rendered = renderTemplate({ subject: '', body: '<img src="https://track.example/p.gif">{{#if firstName}}<b>{{firstName}}</b>{{/if}}' }, placeholders, { firstName: 'Erika' });
    expect(rendered.html).toBe('<p>&lt;img src=&quot;https://track.example/p.gif&quot;&gt;&lt;b&gt;Erika&lt;/b&gt;</p>');
    expect(rendered.text).toBe('<img src="https://track.example/p.gif"><b>Erika</b>');
  });

  it('keeps a subject on one line, whatever a value holds', () => {
    expect(renderTemplate({ subject: 'To {{firstName}}', body: '' }, placeholders, { firstName: 'Erika\r\nBcc: all@example.org' }).subject).toBe('To Erika Bcc: all@example.org');
  });

  it('repeats list entries and leaves an absent value empty', () => {
    expect(renderTemplate({ subject: '', body: '{{#each subjects}}[{{subjectId}} {{dueAt}}]{{/each}}{{firstName}}' }, placeholders, { subjects: [{ subjectId: 'a', dueAt: '1' }, { subjectId: 'b', dueAt: '2' }] }).text).toBe('[a 1][b 2]');
  });
});

describe('the shipped templates', () => {
  it('use only what their key offers, in every language and channel they exist in, and render their samples', () => {
    for (const kind of TEMPLATE_KINDS) {
      for (const language of LANGUAGES) {
        const channels = Object.keys(kind.defaults[language]);
        expect([kind.key, language, channels.includes('email')]).toEqual([kind.key, language, true]);
        for (const channel of channels as ('email' | 'sms' | 'whatsapp')[]) {
          expect(channelsOf(kind)).toContain(channel);
          const template = kind.defaults[language][channel]!;
          expect([kind.key, channel, templateViolations(template.body, kind.placeholders, 'body'), templateViolations(template.subject, kind.placeholders, 'subject')]).toEqual([kind.key, channel, [], []]);
          const samples = Object.fromEntries(Object.entries(kind.placeholders).map(([name, spec]) => [name, spec.sample]));
          expect(renderTemplate(template, kind.placeholders, samples).text.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('ask a client by email to delete a profile they were sent, named by reference and date only: the request carries nothing of the person', () => {
    const recall = kindOf('profile-recall')!;
    expect(recall).toMatchObject({ audience: 'contact-person', input: ['reference', 'sentDate'], sentByLethe: false, campaign: false, aboutErasureRequest: false });
    expect(recall.carriesCandidateData).toBeFalsy();
    expect(kindOf('profile-to-client')).toMatchObject({ carriesCandidateData: true, input: expect.arrayContaining(['candidateLabel', 'reference']) });
    expect(channelsOf(recall)).toEqual(['email']);
    const values = { company: 'Muster Personal GmbH', contactName: 'Max Kontakt', reference: 'P-0192F3A4', sentDate: '15.01.2027' };
    for (const language of LANGUAGES) {
      expect(Object.keys(recall.defaults[language])).toEqual(['email']);
      const rendered = renderTemplate(recall.defaults[language].email!, recall.placeholders, values);
      expect(rendered.subject).toContain('P-0192F3A4');
      expect(rendered.text).toContain('15.01.2027');
      expect(rendered.text).toMatch(language === 'de' ? /Einwilligung widerrufen oder die Löschung/ : /withdrawn their consent or asked for their data to be erased/);
    }
  });

  it('fill self-service links only into link placeholders of messages to candidates, and offer no sender a value for them', () => {
    const carrying = TEMPLATE_KINDS.filter((kind) => kind.selfServiceLinks);
    expect(carrying.map((kind) => kind.key).sort()).toEqual(['data-export-ready', 'deletion-notice', 'erasure-request-confirmation', 'self-service-links']);
    for (const kind of carrying) {
      expect([kind.key, kind.audience]).toEqual([kind.key, 'candidate']);
      for (const placeholder of Object.keys(kind.selfServiceLinks!)) {
        expect([kind.key, placeholder, kind.placeholders[placeholder]?.kind, kind.input.includes(placeholder)]).toEqual([kind.key, placeholder, 'link', false]);
      }
    }
    // A recruiter sends the candidate their links (retention issues them when the message is written); the rest only Lethe sends.
    expect(kindOf('self-service-links')).toMatchObject({ sentByLethe: false, input: [], selfServiceLinks: { erasureRequestLink: { purpose: 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST' }, dataExportLink: { purpose: 'SELF_SERVICE_PURPOSE_REQUEST_DATA_EXPORT' } } });
    expect(kindOf('deletion-notice')?.selfServiceLinks).toEqual({ deleteNowLink: { purpose: 'SELF_SERVICE_PURPOSE_DELETE_NOW', validDays: 30 } });
    expect(kindOf('erasure-request-confirmation')?.selfServiceLinks).toEqual({ withdrawLink: { purpose: 'SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST', validDays: 366 } });
  });

  it('know tenants\' own keys and no others', () => {
    expect(kindOf('custom.interview-invitation')).toMatchObject({ audience: 'candidate', sentByLethe: false, input: ['text'] });
    expect(kindOf('custom.')).toBeUndefined();
    expect(kindOf('nonsense')).toBeUndefined();
  });
});
