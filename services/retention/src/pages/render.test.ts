import { offerPage, outcomePage } from './render';

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>'&`;
const base = { language: 'de' as const, deadline: new Date('2030-07-01T00:00:00Z'), linkExpiresAt: new Date('2030-01-31T00:00:00Z'), token: 'tok"en<', csrf: 'seal' };

describe('the self-service pages', () => {
  it('show the reason the person gave escaped, never as markup', () => {
    const { content } = offerPage({ ...base, offer: 'withdraw-form', reason: HOSTILE });
    expect(content).not.toContain('<script>');
    expect(content).not.toContain('<img');
    expect(content).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;');
  });

  it('carry the link and the seal in the form, escaped, with the action of the offer', () => {
    const { content } = offerPage({ ...base, offer: 'open-form' });
    expect(content).toContain('<input type="hidden" name="token" value="tok&quot;en&lt;">');
    expect(content).toContain('<input type="hidden" name="csrf" value="seal">');
    expect(content).toContain('<input type="hidden" name="action" value="open-request">');
    expect(content).toContain('<textarea id="reason" name="reason" maxlength="2000">');
    expect(content).toContain('<button type="submit" id="open-request">Löschbegehren stellen</button>');
    expect(content).toContain('01.07.2030');
  });

  it('offer the erasure request instead while an application is active, and no form where nothing can be done', () => {
    expect(offerPage({ ...base, offer: 'active-application', language: 'en' }).content).toMatch(/application in progress[\s\S]*id="open-request"/);
    expect(offerPage({ ...base, offer: 'delete-form' }).content).toContain('id="delete-now"');
    expect(offerPage({ ...base, offer: 'delete-form' }).content).not.toContain('textarea');
    for (const offer of ['already-open', 'nothing-to-withdraw'] as const) expect(offerPage({ ...base, offer }).content).not.toContain('<form');
  });

  it('say how things ended, in German or English', () => {
    expect(outcomePage('de', 'used').content).toBe('<h1 data-outcome="used">Link bereits verwendet</h1><p>Dieser Link wurde bereits verwendet. Jeder Link kann nur einmal verwendet werden.</p>');
    expect(outcomePage('en', 'opened', new Date('2030-07-01T00:00:00Z')).content).toContain('by 1 July 2030 at the latest');
    expect(outcomePage('en', 'invalid').title).toBe('Invalid link');
  });
});
