import { createHash } from 'node:crypto';
import { builtin, builtinById, statementOf, textHash } from './texts';

describe('consent texts', () => {
  it('have a built-in default per kind and language, version 0', () => {
    const text = builtin('CONSENT_KIND_STORAGE', 'de');
    expect(text).toMatchObject({ id: 'builtin.CONSENT_KIND_STORAGE.de', version: 0, language: 'de' });
    expect(text.sha256).toBe(textHash(text.title, text.body));
    expect(builtinById('CONSENT_KIND_STORAGE', 'builtin.CONSENT_KIND_STORAGE.en')).toMatchObject({ language: 'en' });
    // Another kind's built-in text is not one of this kind.
    expect(builtinById('CONSENT_KIND_STORAGE', 'builtin.CONSENT_KIND_CAMPAIGN.en')).toBeUndefined();
    expect(builtinById('CONSENT_KIND_STORAGE', 'some-published-id')).toBeUndefined();
  });

  it('become the statement shown with their placeholders filled, hashed as shown', () => {
    const clearData = statementOf(builtin('CONSENT_KIND_CLEAR_DATA_SHARING', 'de'), { clientName: 'Muster GmbH' });
    expect(clearData.body).toContain('an Muster GmbH weitergegeben');
    expect(clearData.sha256).toBe(createHash('sha256').update(`${clearData.title}\n\n${clearData.body}`).digest('hex'));
    expect(statementOf(builtin('CONSENT_KIND_STORAGE', 'en'), { periodMonths: 18 }).body).toContain('kept for 18 months');
    expect(statementOf(builtin('CONSENT_KIND_CAMPAIGN', 'de'), { channel: 'CHANNEL_EMAIL' }).body).toContain('per E-Mail');
    expect(statementOf(builtin('CONSENT_KIND_CAMPAIGN', 'en'), { channel: 'CHANNEL_EMAIL' }).body).toContain('by email');
  });

  it('prove which company a grant named: the hash differs per client', () => {
    const text = builtin('CONSENT_KIND_CLEAR_DATA_SHARING', 'en');
    expect(statementOf(text, { clientName: 'A' }).sha256).not.toBe(statementOf(text, { clientName: 'B' }).sha256);
  });
});
