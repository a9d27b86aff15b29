import { z } from 'zod';
import { fields, LIMITS } from '../validation';

/** The languages a controller publishes its details in, and pages and messages to candidates are written in. */
export const CONTROLLER_LANGUAGES = ['de', 'en'] as const;
export type ControllerLanguage = (typeof CONTROLLER_LANGUAGES)[number];

/**
 * The controller in the GDPR's sense: the tenant as it tells candidates who asks for their data —
 * its company and address, its privacy policy per language, its data-protection contact, and its
 * branding. It is the tenant's published business information, not a person's data.
 */
export interface Controller {
  companyName: string;
  /** Printed line by line. */
  address: string[];
  privacyPolicyUrls: Record<ControllerLanguage, string>;
  dataProtectionContact: { name: string; email: string; phone: string; address: string[] };
  /** PNG or JPEG; empty for none. */
  logo: Buffer;
  /** `#rrggbb`: it goes into style sheets, so nothing else ever passes. */
  brandColour: string;
  defaultLanguage: ControllerLanguage;
}

/** The colour of a tenant that chose none. */
export const NEUTRAL_BRAND_COLOUR = '#1f4e79';

export const MAX_LOGO_BYTES = 200 * 1024;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** A logo's type from its first bytes (never from what a caller says it is). */
export function logoTypeOf(logo: Buffer): 'image/png' | 'image/jpeg' | undefined {
  if (logo.subarray(0, PNG.length).equals(PNG)) return 'image/png';
  if (logo.subarray(0, JPEG.length).equals(JPEG)) return 'image/jpeg';
  return undefined;
}

/** A logo as a data: URL (pages and messages embed it; nothing is fetched), or undefined for none or an unknown type. */
export function logoDataUrl(logo: Buffer): string | undefined {
  const type = logoTypeOf(logo);
  return type ? `data:${type};base64,${logo.toString('base64')}` : undefined;
}

/** A logo: empty for none, else a PNG or JPEG (by its bytes) of at most 200 kB, its size checked first. */
export const logoSchema = z
  .instanceof(Buffer, { message: 'must be bytes' })
  .refine((logo) => logo.length <= MAX_LOGO_BYTES, `must be at most ${MAX_LOGO_BYTES / 1024} kB`)
  .pipe(z.instanceof(Buffer).refine((logo) => logo.length === 0 || logoTypeOf(logo) !== undefined, 'must be a PNG or JPEG image'));

/** Whether the text holds a control character (a line break, an escape, a bidi override…). */
function hasControlCharacter(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}

/** One printed line: trimmed, at most `max` characters, no control characters. */
const line = (max: number, required = true) =>
  (required ? fields.required(max) : fields.optional(max).transform((value) => value ?? '')).pipe(
    z.string().refine((value) => !hasControlCharacter(value), 'must not contain control characters'),
  );

/** A message left out arrives as null: named as missing. */
const REQUIRED = { required_error: 'is required', invalid_type_error: 'is required' };

const addressLines = fields.list(line(120), 6);

/** A postal address, as its lines. */
const postalAddress = z
  .object({ lines: addressLines.pipe(z.array(z.string()).min(1, 'is required')) }, REQUIRED)
  .transform((address) => address.lines);

/** An https URL: a privacy policy linked from pages must not be a script or a plain-text page. */
const httpsUrl = fields.url().pipe(z.string().refine((url) => new URL(url).protocol === 'https:', 'must be an https URL'));

/**
 * The controller as it arrives (a proto `Controller`): lengths and counts before anything else,
 * hostile values (scripts as URLs, style in the colour, control characters, an oversized or
 * unknown logo) refused with the field.
 */
export const controllerSchema = z
  .object({
    companyName: line(200),
    address: postalAddress,
    privacyPolicyUrls: fields
      .map(fields.text(LIMITS.url), { max: CONTROLLER_LANGUAGES.length })
      .pipe(z.object({ de: httpsUrl, en: httpsUrl }, { required_error: 'is required' }).strict('only de and en')),
    dataProtectionContact: z
      .object({ name: line(200), email: fields.email({ required: true, strict: true }), phone: fields.phone(), address: z.object({ lines: addressLines }).nullish().transform((address) => address?.lines ?? []) }, REQUIRED),
    logo: logoSchema,
    brandColour: z
      .string()
      .max(LIMITS.colour, `must be at most ${LIMITS.colour} characters`)
      .transform((colour) => colour || NEUTRAL_BRAND_COLOUR)
      .pipe(fields.colour()),
    defaultLanguage: z
      .string()
      .max(8, 'must be de or en')
      .transform((language) => language || 'de')
      .pipe(z.enum(CONTROLLER_LANGUAGES, { errorMap: () => ({ message: 'must be de or en' }) })),
  })
  .transform((controller): Controller => controller);

/** The controller as the proto `Controller` carries it (without its version). */
export function toControllerFields(controller: Controller) {
  return {
    companyName: controller.companyName,
    address: { lines: controller.address },
    privacyPolicyUrls: { ...controller.privacyPolicyUrls },
    dataProtectionContact: { ...controller.dataProtectionContact, address: { lines: controller.dataProtectionContact.address } },
    logo: controller.logo,
    brandColour: controller.brandColour,
    defaultLanguage: controller.defaultLanguage,
  };
}
