import { ValidationError } from '@lethe/platform/errors';
import { parseInput } from '@lethe/platform/validation';
import { candidateInputSchema, parseUpdateMask, toPersonalData, toPersonalValues } from './input';

const emptyInput = { personal: null, tags: [], ownerId: '', source: '', inboundChannel: '' };

describe('candidate input', () => {
  it('normalises what it keeps: lower-case email, upper-case country, unique tags and skills, blanks unset', () => {
    const input = parseInput(candidateInputSchema, {
      ...emptyInput,
      personal: { ...toPersonalData({}), firstName: ' Erika ', email: ' Erika@Example.ORG ', nationality: 'de', address: { street: '', zip: '10115', city: 'Berlin', country: 'de' }, skills: ['Go', 'Go', 'Kafka'] },
      tags: ['pool', 'pool'],
    });
    expect(input.tags).toEqual(['pool']);
    const values = toPersonalValues(input.personal);
    expect(values).toEqual({ firstName: 'Erika', email: 'erika@example.org', nationality: 'DE', zip: '10115', city: 'Berlin', country: 'DE', skills: ['Go', 'Kafka'] });
    expect(toPersonalData(values)).toMatchObject({ firstName: 'Erika', address: { street: '', zip: '10115', city: 'Berlin', country: 'DE' }, phone: '' });
  });

  it('refuses malformed fields with their paths', () => {
    const refused = (() => {
      try {
        parseInput(candidateInputSchema, { ...emptyInput, personal: { ...toPersonalData({}), email: 'not-an-email', dateOfBirth: '2999-01-01', nationality: 'Germany' }, tags: ['<script>'] });
      } catch (err) {
        return err as ValidationError;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused!.violations.map((violation) => violation.field).sort()).toEqual(['personal.dateOfBirth', 'personal.email', 'personal.nationality', 'tags[0]']);
  });

  it('reads an update mask in snake_case or camelCase and refuses unknown paths', () => {
    expect(parseUpdateMask(['personal.first_name', 'personal.address', 'tags'])).toEqual({ personal: ['firstName', 'street', 'zip', 'city', 'country'], topLevel: ['tags'] });
    expect(parseUpdateMask(['personal.customFields', 'inbound_channel'])).toEqual({ personal: ['customFields'], topLevel: ['inboundChannel'] });
    expect(() => parseUpdateMask([])).toThrow(ValidationError);
    expect(() => parseUpdateMask(['personal.password'])).toThrow(ValidationError);
  });
});
