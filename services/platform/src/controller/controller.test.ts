import { ManualClock } from '../service/clock';
import { sampleController } from '../testkit/controller';
import { ValidationError } from '../errors/errors';
import { parseInput } from '../validation';
import { CachedControllers } from './directory';
import { controllerSchema, logoDataUrl, MAX_LOGO_BYTES, toControllerFields, type Controller } from './controller';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const CONTROLLER = sampleController({ logo: PNG });

/** The violations of a controller as it arrives, by field. */
function refusalsOf(changes: Record<string, unknown>): Record<string, string> {
  try {
    parseInput(controllerSchema, { ...toControllerFields(CONTROLLER), ...changes }, 'controller');
  } catch (err) {
    if (err instanceof ValidationError) return Object.fromEntries(err.violations.map((v) => [v.field, v.code]));
    throw err;
  }
  return {};
}

describe('the controller as a tenant publishes it', () => {
  it('reads back what was given', () => {
    expect(parseInput(controllerSchema, toControllerFields(CONTROLLER))).toEqual(CONTROLLER);
  });

  it('refuses hostile values with the field: scripts as links, style in the colour, control characters, foreign logos', () => {
    expect(refusalsOf({ privacyPolicyUrls: { de: 'javascript:alert(1)', en: 'https://muster.example/privacy' } })).toEqual({ 'controller.privacyPolicyUrls.de': 'invalid_format' });
    expect(refusalsOf({ privacyPolicyUrls: { de: 'https://muster.example/datenschutz', en: 'http://muster.example/privacy' } })).toEqual({ 'controller.privacyPolicyUrls.en': 'custom' });
    expect(refusalsOf({ privacyPolicyUrls: { de: 'https://muster.example/datenschutz' } })).toHaveProperty(['controller.privacyPolicyUrls.en'], 'required');
    expect(refusalsOf({ brandColour: 'red;}body{display:none' })).toEqual({ 'controller.brandColour': 'invalid_format' });
    expect(refusalsOf({ brandColour: '#aa3300;x' })).toEqual({ 'controller.brandColour': 'invalid_format' });
    expect(refusalsOf({ companyName: 'Muster\u202eHbmG' })).toEqual({ 'controller.companyName': 'custom' });
    expect(refusalsOf({ address: { lines: ['Hauptstraße 1\r\nBcc: x@y.example'] } })).toEqual({ 'controller.address.lines[0]': 'custom' });
    expect(refusalsOf({ logo: Buffer.from('GIF89a') })).toEqual({ 'controller.logo': 'custom' });
    expect(refusalsOf({ logo: Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]) })).toEqual({ 'controller.logo': 'custom' });
    expect(refusalsOf({ defaultLanguage: 'fr' })).toEqual({ 'controller.defaultLanguage': 'invalid_value' });
    expect(refusalsOf({ dataProtectionContact: { name: 'Dana', email: 'not-an-address', phone: '' } })).toEqual({ 'controller.dataProtectionContact.email': 'invalid_format' });
    expect(refusalsOf({ address: null, dataProtectionContact: null })).toEqual({ 'controller.address': 'required', 'controller.dataProtectionContact': 'required' });
  });

  it('checks lengths before anything else', () => {
    expect(refusalsOf({ companyName: 'x'.repeat(100_000) })).toEqual({ 'controller.companyName': 'too_long' });
    expect(refusalsOf({ privacyPolicyUrls: { de: `https://x.example/${'a'.repeat(5000)}`, en: 'https://x.example' } })).toEqual({ 'controller.privacyPolicyUrls.de': 'too_long' });
    expect(refusalsOf({ address: { lines: Array.from({ length: 7 }, () => 'x') } })).toEqual({ 'controller.address.lines': 'too_big' });
  });

  it('gives the neutral colour and German to a tenant that chose neither, and embeds only a known logo', () => {
    const plain = parseInput(controllerSchema, { ...toControllerFields(CONTROLLER), brandColour: '', defaultLanguage: '', logo: Buffer.alloc(0) });
    expect(plain.brandColour).toBe('#1f4e79');
    expect(plain.defaultLanguage).toBe('de');
    expect(logoDataUrl(plain.logo)).toBeUndefined();
    expect(logoDataUrl(PNG)).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
  });
});

describe('controllers cached in memory', () => {
  it('are asked for once per cache time: a change shows after it, a tenant without one is asked again', async () => {
    const clock = new ManualClock('2027-01-15T10:00:00Z');
    let current: Controller | undefined;
    const asked: string[] = [];
    const cached = new CachedControllers(
      async (tenantId) => {
        asked.push(tenantId);
        return current;
      },
      { now: () => clock.now(), ttlMs: 60_000 },
    );
    expect(await cached.controllerOf('t1')).toBeUndefined();
    current = CONTROLLER;
    expect(await cached.controllerOf('t1')).toEqual(CONTROLLER);
    current = { ...CONTROLLER, companyName: 'Neu GmbH' };
    clock.advance({ ms: 59_000 });
    expect((await cached.controllerOf('t1'))?.companyName).toBe(CONTROLLER.companyName);
    clock.advance({ ms: 1_000 });
    expect((await cached.controllerOf('t1'))?.companyName).toBe('Neu GmbH');
    expect(asked).toEqual(['t1', 't1', 't1']);
  });
});
