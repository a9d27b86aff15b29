import { renderPage } from '@lethe/platform/http';
import type { Questions } from '../forms/answers';
import { enteredValues, formPage, outcomePageParts, questionsPage, type StatementShown } from './render';

const HOSTILE = `"><script>alert(1)</script><img src=x onerror=alert(2)>'`;

const questions: Questions = { asked: ['firstName', 'lastName', 'email', 'city', 'interests', 'careerUpdate'], interestOptions: ['IT', HOSTILE], atLeastOne: false };

const statement: StatementShown = { textId: 'builtin.CONSENT_KIND_STORAGE.de', textVersion: 0, title: `Einwilligung ${HOSTILE}`, body: `Wir speichern 24 Monate. ${HOSTILE}`, sha256: 'ab'.repeat(32), months: 24 };

/** Whatever the page shows, it holds no markup but its own: no script, no element smuggled in by a value. */
function expectInert(html: string) {
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<img');
  expect(html).not.toMatch(/"\s*onerror=/);
}

describe('the talent form page', () => {
  const page = (entered?: Parameters<typeof formPage>[0]['entered']) =>
    formPage({ language: 'de', form: { id: 'form-1', title: `Talentpool ${HOSTILE}`, description: HOSTILE }, questions, statement, csrf: 'c'.repeat(43), statementSeal: 's'.repeat(43), entered });

  it('escapes the form\'s own title, description, choices and consent text', () => {
    const { title, content } = page();
    expectInert(renderPage({ language: 'de', controller: null, nonce: 'n', title, content }));
    expect(content).toContain('Talentpool &quot;&gt;&lt;script&gt;');
    expect(content).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('asks first name, last name and email as required, the consent as a required box with the text\'s version', () => {
    const { content } = page();
    expect(content).toMatch(/<input type="text" name="firstName" id="firstName" maxlength="100" required/);
    expect(content).toMatch(/<input type="email" name="email" id="email" maxlength="254" required/);
    expect(content).not.toMatch(/name="city"[^>]*required/);
    expect(content).toContain('<input type="checkbox" name="storageConsent" value="yes" id="storage-consent" required>');
    expect(content).toContain('Fassung: Standardtext');
    expect(content).toContain('name="consentTextId" value="builtin.CONSENT_KIND_STORAGE.de"');
  });

  it('shows back what was entered, escaped and cut to what each field holds, with what was wrong, never the refused value\'s description', () => {
    const values = enteredValues({ firstName: HOSTILE, city: 'x'.repeat(10_000), careerUpdate: HOSTILE, interests: ['IT', 5, HOSTILE], email: ['a', 'b'] }, questions.asked);
    expect(values.city).toHaveLength(100);
    expect(values.email).toEqual(['a', 'b']);
    const { content } = page({ values, violations: [{ field: 'firstName', code: 'invalid_format', description: 'must not contain < or >' }, { field: 'storageConsent', code: 'required', description: 'is required' }] });
    expectInert(content);
    expect(content).toContain('id="problem-firstName">Bitte prüfen Sie das Format.');
    expect(content).toContain('id="problem-storageConsent">Ohne Ihre Einwilligung');
    expect(content).toContain('<textarea name="careerUpdate" id="careerUpdate" maxlength="5000">&quot;&gt;&lt;script&gt;');
    expect(content).toMatch(/id="interests-0" value="IT" checked/);
    expect(content).toMatch(/id="interests-1" value="[^"]*" checked/);
  });
});

describe('a page a link opens', () => {
  it('greets by first name only, escaped, and carries the token and seal in hidden fields', () => {
    const { content } = questionsPage({
      language: 'en',
      kind: 'follow-up',
      action: '/follow-up',
      firstName: HOSTILE,
      questions: { asked: ['careerUpdate', 'salaryExpectation', 'availability'], interestOptions: [], atLeastOne: true },
      token: 't'.repeat(43),
      csrf: 'c'.repeat(43),
    });
    expectInert(content);
    expect(content).toContain('<p id="greeting">Dear &quot;&gt;&lt;script&gt;');
    expect(content).toContain('<input type="hidden" name="token" value="ttttttttttttttttttttttttttttttttttttttttttt">');
    expect(content).toContain('<form method="post" action="/follow-up">');
    expect(content).not.toMatch(/required/);
  });

  it('says how it ended, in the page\'s language', () => {
    expect(outcomePageParts('de', 'used').content).toBe('<h1 data-outcome="used">Link bereits verwendet</h1><p>Über diesen Link wurde bereits geantwortet. Jeder Link kann nur einmal verwendet werden.</p>');
    expect(outcomePageParts('en', 'received').title).toBe('Thank you');
  });
});
