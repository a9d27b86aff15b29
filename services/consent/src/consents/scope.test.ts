import { z } from 'zod';
import { requestDetailIssues, scopeKey, subjectScopeSchema } from './scope';

const parse = (request: Record<string, unknown>) => subjectScopeSchema.safeParse({ subjectId: 'cand-1', clientId: '', channel: '', ...request });
const fieldsOf = (result: z.SafeParseReturnType<unknown, unknown>) => (result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')));

describe('a consent scope', () => {
  it('is per client company for clear-data sharing, per channel for campaigns, one for storage', () => {
    expect(scopeKey('CONSENT_KIND_CLEAR_DATA_SHARING', 'client-a')).toBe('client.client-a');
    expect(scopeKey('CONSENT_KIND_CAMPAIGN', undefined, 'CHANNEL_SMS')).toBe('channel.CHANNEL_SMS');
    expect(scopeKey('CONSENT_KIND_STORAGE')).toBe('storage');
  });

  it('parses clear-data sharing only with a client id: never for all clients at once', () => {
    expect(parse({ kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: 'client-a' })).toEqual({
      success: true,
      data: { subjectId: 'cand-1', scope: { kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: 'client-a', key: 'client.client-a' } },
    });
    const missing = parse({ kind: 'CONSENT_KIND_CLEAR_DATA_SHARING' });
    expect(fieldsOf(missing)).toEqual(['clientId']);
    expect(missing.success ? '' : missing.error.issues[0].message).toContain('per client company');
    expect(fieldsOf(parse({ kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: 'a/../b' }))).toEqual(['clientId']);
  });

  it('parses a campaign only with a channel, and refuses fields of other kinds', () => {
    expect(parse({ kind: 'CONSENT_KIND_CAMPAIGN', channel: 'CHANNEL_EMAIL' })).toMatchObject({ success: true, data: { scope: { channel: 'CHANNEL_EMAIL', key: 'channel.CHANNEL_EMAIL' } } });
    expect(fieldsOf(parse({ kind: 'CONSENT_KIND_CAMPAIGN' }))).toEqual(['channel']);
    expect(fieldsOf(parse({ kind: 'CONSENT_KIND_CAMPAIGN', channel: 'CHANNEL_UNSPECIFIED' }))).toEqual(['channel']);
    expect(fieldsOf(parse({ kind: 'CONSENT_KIND_CAMPAIGN', channel: 'CHANNEL_PIGEON' }))).toEqual(['channel']);
    expect(fieldsOf(parse({ kind: 'CONSENT_KIND_STORAGE', clientId: 'client-a', channel: 'CHANNEL_SMS' }))).toEqual(['clientId', 'channel']);
    expect(parse({ kind: 'CONSENT_KIND_STORAGE', channel: 'CHANNEL_UNSPECIFIED' })).toMatchObject({ success: true, data: { scope: { kind: 'CONSENT_KIND_STORAGE', key: 'storage' } } });
  });

  it('needs a known kind and a subject', () => {
    expect(fieldsOf(parse({ kind: 'CONSENT_KIND_UNSPECIFIED' }))).toEqual(['kind']);
    expect(fieldsOf(parse({ kind: 'CONSENT_KIND_STORAGE', subjectId: '' }))).toEqual(['subjectId']);
  });
});

describe('the details of a new request', () => {
  const none = { clientName: '', periodMonths: 0 };

  it('name the client company with clear-data sharing, and only there', () => {
    expect(requestDetailIssues('CONSENT_KIND_CLEAR_DATA_SHARING', { ...none, clientName: 'Muster GmbH' })).toEqual([]);
    expect(requestDetailIssues('CONSENT_KIND_CLEAR_DATA_SHARING', none).map((issue) => issue.path)).toEqual(['clientName']);
    expect(requestDetailIssues('CONSENT_KIND_CAMPAIGN', { ...none, clientName: 'Muster GmbH' }).map((issue) => issue.path)).toEqual(['clientName']);
  });

  it('give storage consent a period of 1 to 60 months, and no other kind one', () => {
    expect(requestDetailIssues('CONSENT_KIND_STORAGE', { ...none, periodMonths: 1 })).toEqual([]);
    expect(requestDetailIssues('CONSENT_KIND_STORAGE', { ...none, periodMonths: 60 })).toEqual([]);
    for (const periodMonths of [0, 61, -3]) expect(requestDetailIssues('CONSENT_KIND_STORAGE', { ...none, periodMonths })).toEqual([{ path: 'periodMonths', message: 'must be 1–60 months with STORAGE' }]);
    expect(requestDetailIssues('CONSENT_KIND_CLEAR_DATA_SHARING', { clientName: 'X', periodMonths: 3 })).toEqual([{ path: 'periodMonths', message: 'is only allowed with STORAGE' }]);
  });
});
