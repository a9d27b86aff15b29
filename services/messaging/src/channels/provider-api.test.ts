import { META } from './meta-whatsapp';
import { e164, readAnswer, type ProviderAnswer, type ProviderDialect } from './provider-api';
import { DeliveryError } from './transport';
import { TWILIO } from './twilio-sms';

function refused(answer: ProviderAnswer, dialect: ProviderDialect): { code: string; permanent: boolean; message: string } {
  try {
    readAnswer(answer, dialect);
  } catch (err) {
    if (err instanceof DeliveryError) return { code: err.code, permanent: err.permanent, message: err.message };
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('recipient numbers', () => {
  it('are E.164, with the separators people type dropped and 00 read as +', () => {
    expect(e164('+49 151 1234-5678')).toBe('+4915112345678');
    expect(e164('(+1) 800.555.1212')).toBe('+18005551212');
    expect(e164('0049 151 12345678')).toBe('+4915112345678');
  });

  it('are refused for good when they name no country or are no number', () => {
    for (const to of ['0151 12345678', '+0151234567', '+49 151 1234567890123', 'candidate@example.com', '']) {
      expect(() => e164(to)).toThrow(expect.objectContaining({ code: 'INVALID_ADDRESS', permanent: true }));
    }
  });
});

describe("Twilio's answers", () => {
  const error = (status: number, code: number) => ({ status, body: { code, message: `The 'To' number +15005550001 is not valid (${code}).`, more_info: 'https://www.twilio.com/docs/errors', status } });

  it("give the message's SID", () => {
    expect(readAnswer({ status: 201, body: { sid: 'SM0123456789abcdef0123456789abcdef', status: 'queued', to: '+4915112345678' } }, TWILIO)).toEqual({
      providerMessageId: 'SM0123456789abcdef0123456789abcdef',
    });
  });

  it('refuse for good an invalid, unsubscribed or not mobile number, by code and without the text', () => {
    for (const code of [21211, 21610, 21614]) {
      const refusal = refused(error(400, code), TWILIO);
      expect(refusal).toEqual({ code: `TWILIO_${code}`, permanent: true, message: `delivery failed: TWILIO_${code}` });
    }
  });

  it('are tried again after a rate limit, refused credentials or an error of Twilio', () => {
    expect(refused(error(429, 20429), TWILIO)).toMatchObject({ code: 'TWILIO_20429', permanent: false });
    expect(refused(error(401, 20003), TWILIO)).toMatchObject({ code: 'TWILIO_20003', permanent: false });
    expect(refused({ status: 500, body: undefined }, TWILIO)).toMatchObject({ code: 'HTTP_500', permanent: false });
    expect(refused({ status: 503, body: '<html>' }, TWILIO)).toMatchObject({ code: 'HTTP_503', permanent: false });
  });

  it('refuse for good a 4xx without a code, and a 2xx without a SID (the message was taken)', () => {
    expect(refused({ status: 404, body: undefined }, TWILIO)).toEqual(expect.objectContaining({ code: 'HTTP_404', permanent: true }));
    expect(refused({ status: 201, body: { sid: 'no sid' } }, TWILIO)).toEqual(expect.objectContaining({ code: 'INVALID_RESPONSE', permanent: true }));
  });
});

describe("Meta's answers", () => {
  const error = (status: number, code: number) => ({ status, body: { error: { message: `(#${code}) Recipient 4915112345678`, type: 'OAuthException', code, fbtrace_id: 'Ab1' } } });

  it("give the message's id", () => {
    const body = { messaging_product: 'whatsapp', contacts: [{ input: '4915112345678', wa_id: '4915112345678' }], messages: [{ id: 'wamid.HBgLNDkx' }] };
    expect(readAnswer({ status: 200, body }, META)).toEqual({ providerMessageId: 'wamid.HBgLNDkx' });
  });

  it('refuse for good what is about the message, by code and without the text', () => {
    for (const code of [100, 131026, 131030, 131047]) {
      expect(refused(error(400, code), META)).toEqual({ code: `META_${code}`, permanent: true, message: `delivery failed: META_${code}` });
    }
  });

  it("are tried again after Meta's rate limits, whatever the status, and after its errors", () => {
    for (const code of [4, 80007, 130429, 131048, 131056]) expect(refused(error(400, code), META)).toMatchObject({ code: `META_${code}`, permanent: false });
    expect(refused(error(429, 130429), META)).toMatchObject({ permanent: false });
    expect(refused(error(401, 190), META)).toMatchObject({ code: 'META_190', permanent: false });
    expect(refused(error(500, 131000), META)).toMatchObject({ code: 'META_131000', permanent: false });
    expect(refused({ status: 502, body: undefined }, META)).toMatchObject({ code: 'HTTP_502', permanent: false });
  });

  it('refuse for good a 2xx without a message id', () => {
    expect(refused({ status: 200, body: { messages: [] } }, META)).toMatchObject({ code: 'INVALID_RESPONSE', permanent: true });
  });
});
