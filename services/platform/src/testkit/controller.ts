import type { Controller } from '../controller/controller';

/** A tiny PNG's first bytes: enough for a logo as the rule reads it. */
const PNG_LOGO = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** A controller as a tenant publishes it, with `changes` (e.g. a hostile company name). */
export function sampleController(changes: Partial<Controller> = {}): Controller {
  return {
    companyName: 'Muster Personal GmbH',
    address: ['Hauptstraße 1', '10115 Berlin'],
    privacyPolicyUrls: { de: 'https://muster-personal.example/datenschutz', en: 'https://muster-personal.example/privacy' },
    dataProtectionContact: { name: 'Dana Schutz', email: 'datenschutz@muster-personal.example', phone: '+49 30 1234567', address: ['Postfach 12 34', '10001 Berlin'] },
    logo: PNG_LOGO,
    brandColour: '#aa3300',
    defaultLanguage: 'de',
    ...changes,
  };
}
