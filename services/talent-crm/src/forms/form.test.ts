import { parseInput } from '@lethe/platform/validation';
import { FORM_FIELD, PROFILE_FIELD_OF, talentFormSchema } from './form';

/** A form as a proto request carries it: every field present, enums by their proto names. */
const request = (form: Record<string, unknown> = {}) => ({
  title: 'Bleiben Sie in Kontakt',
  description: 'Wir melden uns, wenn eine passende Stelle frei wird.',
  language: 'de',
  fields: ['FORM_FIELD_CITY', 'FORM_FIELD_INTERESTS'],
  twoStep: false,
  detailFields: [],
  poolIds: [],
  tags: ['Silbermedaille'],
  interestOptions: ['IT', 'Vertrieb'],
  storageConsentMonths: 24,
  active: true,
  ...form,
});

const violationsOf = (form: Record<string, unknown>) => {
  try {
    parseInput(talentFormSchema, request(form));
  } catch (err) {
    return (err as { violations: { field: string; code: string; description: string }[] }).violations;
  }
  throw new Error('the form was accepted');
};

describe('a talent form as saved', () => {
  it('reads its fields by their proto names, its tags normalised, German when no language is given', () => {
    const form = parseInput(talentFormSchema, request({ language: '', tags: ['  Silber  Medaille ', 'silber medaille'] }));
    expect(form).toMatchObject({ language: 'de', fields: ['city', 'interests'], tags: ['silber medaille'], interestOptions: ['IT', 'Vertrieb'], storageConsentMonths: 24 });
  });

  it('maps every form field to a profile field', () => {
    for (const name of FORM_FIELD.names) expect(PROFILE_FIELD_OF[name]).toBeDefined();
    expect(FORM_FIELD.fromProto('FORM_FIELD_LAST_RECRUITER_CONTACT')).toBe('last-recruiter-contact');
  });

  it('caps the title at 120 and the description at 2,000 characters, and needs a title', () => {
    expect(violationsOf({ title: 'x'.repeat(121) })).toEqual([expect.objectContaining({ field: 'title', code: 'too_long' })]);
    expect(violationsOf({ title: '  ' })).toEqual([expect.objectContaining({ field: 'title', code: 'required' })]);
    expect(violationsOf({ description: 'x'.repeat(2_001) })).toEqual([expect.objectContaining({ field: 'description', code: 'too_long' })]);
  });

  it('knows its fields and asks each once (first name, last name and email are always asked)', () => {
    expect(violationsOf({ fields: ['FORM_FIELD_INTERESTS', 'FORM_FIELD_EMAIL'] })).toEqual([expect.objectContaining({ field: 'fields[1]' })]);
    expect(violationsOf({ fields: ['FORM_FIELD_UNSPECIFIED', 'FORM_FIELD_INTERESTS'] })).toEqual([expect.objectContaining({ field: 'fields[0]' })]);
    expect(violationsOf({ fields: ['FORM_FIELD_CITY', 'FORM_FIELD_INTERESTS', 'FORM_FIELD_CITY'] })).toEqual([expect.objectContaining({ field: 'fields[2]', description: 'is named twice' })]);
    expect(violationsOf({ fields: Array(10).fill('FORM_FIELD_CITY') })).toEqual([expect.objectContaining({ field: 'fields', code: 'too_big' })]);
  });

  it('asks detail fields exactly with two_step, none of them on the first page already', () => {
    expect(violationsOf({ twoStep: true, detailFields: [] })).toEqual([expect.objectContaining({ field: 'detailFields' })]);
    expect(violationsOf({ twoStep: false, detailFields: ['FORM_FIELD_SKILLS'] })).toEqual([expect.objectContaining({ field: 'detailFields' })]);
    expect(violationsOf({ twoStep: true, detailFields: ['FORM_FIELD_SKILLS', 'FORM_FIELD_CITY'] })).toEqual([expect.objectContaining({ field: 'detailFields[1]', description: 'is asked on the first page already' })]);
    const twoStep = parseInput(talentFormSchema, request({ twoStep: true, detailFields: ['FORM_FIELD_SKILLS', 'FORM_FIELD_AVAILABILITY'] }));
    expect(twoStep.detailFields).toEqual(['skills', 'availability']);
  });

  it('offers at most 30 interest choices of at most 80 characters, each once, exactly when interests are asked', () => {
    expect(violationsOf({ interestOptions: Array.from({ length: 31 }, (_, i) => `Bereich ${i}`) })).toEqual([expect.objectContaining({ field: 'interestOptions', code: 'too_big' })]);
    expect(violationsOf({ interestOptions: ['IT', 'x'.repeat(81)] })).toEqual([expect.objectContaining({ field: 'interestOptions[1]', code: 'too_long' })]);
    expect(violationsOf({ interestOptions: ['IT', 'it'] })).toEqual([expect.objectContaining({ field: 'interestOptions[1]', description: 'is offered twice' })]);
    expect(violationsOf({ interestOptions: [] })).toEqual([expect.objectContaining({ field: 'interestOptions' })]);
    expect(violationsOf({ fields: ['FORM_FIELD_CITY'] })).toEqual([expect.objectContaining({ field: 'interestOptions', description: 'is only offered when the form asks for interests' })]);
    // Asked only on the second step is asked all the same.
    expect(parseInput(talentFormSchema, request({ fields: [], twoStep: true, detailFields: ['FORM_FIELD_INTERESTS'] })).interestOptions).toEqual(['IT', 'Vertrieb']);
  });

  it('asks storage consent for 1–60 months', () => {
    expect(violationsOf({ storageConsentMonths: 0 })).toEqual([expect.objectContaining({ field: 'storageConsentMonths' })]);
    expect(violationsOf({ storageConsentMonths: 61 })).toEqual([expect.objectContaining({ field: 'storageConsentMonths' })]);
    expect(parseInput(talentFormSchema, request({ storageConsentMonths: 60 })).storageConsentMonths).toBe(60);
  });

  it('speaks German or English only', () => {
    expect(violationsOf({ language: 'fr' })).toEqual([expect.objectContaining({ field: 'language' })]);
    expect(parseInput(talentFormSchema, request({ language: 'en' })).language).toBe('en');
  });
});
