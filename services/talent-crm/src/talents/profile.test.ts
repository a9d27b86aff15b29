import { toFieldViolations } from '@lethe/platform/validation';
import { normaliseEmail, PROFILE_FIELD_NAMES, PROFILE_FIELDS, talentProfileSchema } from './profile';

const violations = (input: unknown) => {
  const result = talentProfileSchema.safeParse(input);
  return result.success ? [] : toFieldViolations(result.error).map(({ field, code }) => ({ field, code }));
};

describe('the talent profile', () => {
  it('needs a first and a last name; everything else may be missing and reads as empty, the language as German', () => {
    expect(talentProfileSchema.parse({ firstName: ' Jana ', lastName: 'Novak' })).toEqual({
      firstName: 'Jana',
      lastName: 'Novak',
      email: '',
      phone: '',
      city: '',
      country: '',
      headline: '',
      interests: [],
      skills: [],
      salaryExpectation: '',
      availability: '',
      careerUpdate: '',
      profileUrl: '',
      language: 'de',
      lastRecruiterContact: '',
    });
    expect(violations({ firstName: '', lastName: '' })).toEqual([
      { field: 'firstName', code: 'required' },
      { field: 'lastName', code: 'required' },
    ]);
  });

  it('checks email, phone, country, URL and language by their shape', () => {
    expect(violations({ firstName: 'J', lastName: 'N', email: 'not-an-address', phone: 'call me', country: 'Germany', profileUrl: 'javascript:alert(1)', language: 'fr' })).toEqual([
      { field: 'email', code: 'invalid_format' },
      { field: 'phone', code: 'invalid_format' },
      { field: 'country', code: 'invalid_format' },
      { field: 'profileUrl', code: 'invalid_format' },
      { field: 'language', code: 'invalid_union' },
    ]);
    expect(talentProfileSchema.parse({ firstName: 'J', lastName: 'N', country: 'de', language: 'EN' })).toMatchObject({ country: 'DE', language: 'en' });
  });

  it('refuses an over-long value as too long, before any pattern reads it', () => {
    const long = 'a'.repeat(100_000);
    expect(violations({ firstName: long, lastName: 'N', email: `${long}@example.org`, phone: long, country: long, profileUrl: `https://${long}.org`, careerUpdate: long })).toEqual([
      { field: 'firstName', code: 'too_long' },
      { field: 'email', code: 'too_long' },
      { field: 'phone', code: 'too_long' },
      { field: 'country', code: 'too_long' },
      { field: 'careerUpdate', code: 'too_long' },
      { field: 'profileUrl', code: 'too_long' },
    ]);
    expect(violations({ firstName: 'J', lastName: 'N', skills: Array.from({ length: 101 }, (_, i) => `s${i}`) })).toEqual([{ field: 'skills', code: 'too_big' }]);
  });

  it('keeps each skill and interest once', () => {
    expect(talentProfileSchema.parse({ firstName: 'J', lastName: 'N', skills: ['Kafka', ' Kafka', ''], interests: ['IT', 'IT'] })).toMatchObject({ skills: ['Kafka'], interests: ['IT'] });
  });

  it('names every field once in snake_case, as the proto does', () => {
    expect(PROFILE_FIELDS).toHaveLength(15);
    expect(new Set(Object.values(PROFILE_FIELD_NAMES)).size).toBe(15);
    for (const [snake, camel] of Object.entries(PROFILE_FIELD_NAMES)) expect(snake.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())).toBe(camel);
  });

  it('compares emails in one form', () => {
    expect(normaliseEmail(' Jana.Novak@Example.ORG ')).toBe('jana.novak@example.org');
  });
});
