import { LetheError, ValidationError } from '@lethe/platform/errors';
import { metaReports, metaSignature, twilioReport, twilioSignature } from './callbacks';

const SID = 'SM0123456789abcdef0123456789abcdef';
const WAMID = 'wamid.HBgLNDkxNTExMjM0NTY3FQIAERgSQjZCMzlEQUE4OTJBMTE4RTUA';
const TWILIO_URL = 'https://lethe.example/callbacks/twilio';

function refusal(run: () => unknown): LetheError {
  try {
    run();
  } catch (err) {
    if (err instanceof LetheError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('Twilio signatures', () => {
  it("match Twilio's documented example", () => {
    const params = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };
    expect(twilioSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
  });

  it('sign the parameters sorted by name, whatever order they came in', () => {
    // openssl dgst -sha1 -hmac token of the URL, "MessageSid<sid>" and "MessageStatusdelivered".
    expect(twilioSignature('token', TWILIO_URL, { MessageStatus: 'delivered', MessageSid: SID })).toBe('fSdlz0QX+UeA5cKqOxDzab/sO0s=');
  });

  it('sign each distinct value of a repeated parameter, sorted', () => {
    expect(twilioSignature('token', TWILIO_URL, { A: ['2', '1', '2'] })).toBe(twilioSignature('token', TWILIO_URL + 'A1A2', {}));
  });
});

describe('Twilio status callbacks', () => {
  const signed = (params: Record<string, string>) => twilioSignature('token', TWILIO_URL, params);

  it('report delivered and read as delivered, undelivered and failed as failed with the error code', () => {
    for (const [status, outcome] of [['delivered', 'delivered'], ['read', 'delivered'], ['undelivered', 'failed'], ['failed', 'failed']] as const) {
      const params = { MessageSid: SID, MessageStatus: status, ErrorCode: outcome === 'failed' ? '30003' : '', To: '+4915112345678' };
      const expected = outcome === 'failed' ? { providerMessageId: SID, outcome, errorCode: 'TWILIO_30003' } : { providerMessageId: SID, outcome };
      expect(twilioReport('token', TWILIO_URL, params, signed(params))).toEqual([expected]);
    }
  });

  it('report nothing for the steps on the way', () => {
    for (const status of ['accepted', 'queued', 'sending', 'sent']) {
      const params = { MessageSid: SID, MessageStatus: status };
      expect(twilioReport('token', TWILIO_URL, params, signed(params))).toEqual([]);
    }
  });

  it('refuse a missing, wrong or replayed-elsewhere signature before reading the report', () => {
    const params = { MessageSid: SID, MessageStatus: 'delivered' };
    const forged = [undefined, '', signed({ ...params, MessageStatus: 'failed' }), twilioSignature('token', 'https://evil.example/callbacks/twilio', params)];
    for (const signature of forged) expect(refusal(() => twilioReport('token', TWILIO_URL, params, signature)).kind).toBe('permission_denied');
    expect(refusal(() => twilioReport('token', TWILIO_URL, { MessageStatus: 'delivered' }, undefined)).kind).toBe('permission_denied');
  });

  it('refuse a signed report without a message SID of Twilio shape', () => {
    const malformed: Record<string, string>[] = [{ MessageStatus: 'delivered' }, { MessageSid: 'SM123', MessageStatus: 'delivered' }, { MessageSid: SID, MessageStatus: '' }];
    for (const params of malformed) {
      const error = refusal(() => twilioReport('token', TWILIO_URL, params, signed(params)));
      expect(error).toBeInstanceOf(ValidationError);
    }
  });
});

describe('Meta webhooks', () => {
  const webhook = (statuses: unknown[]) =>
    Buffer.from(JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', statuses } }] }] }));

  it('are signed with hex HMAC-SHA256 of the raw body', () => {
    // openssl dgst -sha256 -hmac app-secret of the same bytes.
    const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
    expect(metaSignature('app-secret', body)).toBe('sha256=d3e4f9da0ce6c71ab3dba55929b8eeeee2455349e534924ead19f98d143e904f');
  });

  it('report each final status, failures with the first error code, and nothing for sent', () => {
    const body = webhook([
      { id: WAMID, status: 'sent', recipient_id: '4915112345678' },
      { id: WAMID, status: 'delivered', recipient_id: '4915112345678' },
      { id: WAMID, status: 'read', recipient_id: '4915112345678' },
      { id: WAMID, status: 'failed', recipient_id: '4915112345678', errors: [{ code: 131026, title: 'Message undeliverable' }] },
    ]);
    expect(metaReports('app-secret', body, metaSignature('app-secret', body))).toEqual([
      { providerMessageId: WAMID, outcome: 'delivered' },
      { providerMessageId: WAMID, outcome: 'delivered' },
      { providerMessageId: WAMID, outcome: 'failed', errorCode: 'META_131026' },
    ]);
  });

  it('report nothing for changes without statuses (incoming messages)', () => {
    const body = Buffer.from(JSON.stringify({ entry: [{ changes: [{ value: { messages: [{ from: '4915112345678', text: { body: 'hi' } }] } }] }] }));
    expect(metaReports('app-secret', body, metaSignature('app-secret', body))).toEqual([]);
  });

  it('refuse a body that is not the one signed, or signed with another secret', () => {
    const body = webhook([{ id: WAMID, status: 'delivered' }]);
    const tampered = Buffer.from(body.toString().replace('delivered', 'failed'));
    for (const [bytes, signature] of [
      [tampered, metaSignature('app-secret', body)],
      [body, metaSignature('another-secret', body)],
      [body, metaSignature('app-secret', body).replace('sha256=', '')],
      [body, undefined],
    ] as const) {
      expect(refusal(() => metaReports('app-secret', bytes, signature)).kind).toBe('permission_denied');
    }
  });

  it('refuse a signed body that is not JSON or carries a malformed message id', () => {
    for (const body of [Buffer.from('{"entry": ['), webhook([{ id: 'wamid.' + 'A'.repeat(200), status: 'delivered' }]), webhook([{ id: SID, status: 'delivered' }])]) {
      expect(refusal(() => metaReports('app-secret', body, metaSignature('app-secret', body)))).toBeInstanceOf(ValidationError);
    }
  });
});
