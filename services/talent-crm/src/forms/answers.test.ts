import { answersSchema, withAnswers, type Questions } from './answers';
import { EMPTY_PROFILE } from '../talents/profile';

const firstStep: Questions = { asked: ['firstName', 'lastName', 'email', 'city', 'interests', 'skills'], interestOptions: ['IT', 'Vertrieb'], atLeastOne: false };
const followUp: Questions = { asked: ['careerUpdate', 'salaryExpectation', 'availability'], interestOptions: [], atLeastOne: true };

const issuesOf = (questions: Questions, posted: Record<string, unknown>) => {
  const parsed = answersSchema(questions).safeParse(posted);
  if (parsed.success) throw new Error('the answers were accepted');
  return parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
};

describe('the answers a page posts', () => {
  it('are the asked fields as the profile keeps them: trimmed, interests from the choices, skills from one box', () => {
    const answers = answersSchema(firstStep).parse({ firstName: ' Erika ', lastName: 'Mustermann', email: 'erika@example.org', city: 'Köln', interests: ['IT', 'Vertrieb'], skills: 'Java, SQL\nKotlin,, ', role: 'admin' });
    expect(answers).toEqual({ firstName: 'Erika', lastName: 'Mustermann', email: 'erika@example.org', city: 'Köln', interests: ['IT', 'Vertrieb'], skills: ['Java', 'SQL', 'Kotlin'] });
  });

  it('read one ticked box as a choice of one, none as no choice', () => {
    expect(answersSchema(firstStep).parse({ firstName: 'E', lastName: 'M', email: 'e@example.org', interests: 'IT' }).interests).toEqual(['IT']);
    expect(answersSchema(firstStep).parse({ firstName: 'E', lastName: 'M', email: 'e@example.org' }).interests).toEqual([]);
  });

  it('need first name, last name and an email address mail can reach on the first page', () => {
    expect(issuesOf(firstStep, { email: 'not-an-address' }).map((issue) => issue.field).sort()).toEqual(['email', 'firstName', 'lastName']);
  });

  it('refuse a choice the form does not offer', () => {
    expect(issuesOf(firstStep, { firstName: 'E', lastName: 'M', email: 'e@example.org', interests: ['IT', 'Astronautik'] })).toEqual([{ field: 'interests.1', message: 'is not one of the choices' }]);
  });

  it('refuse markup anywhere, and over-long values by their length before anything else reads them', () => {
    const hostile = issuesOf(firstStep, { firstName: '<script>alert(1)</script>', lastName: 'M', email: 'e@example.org', skills: 'Java, <img src=x onerror=alert(1)>' });
    expect(hostile).toEqual([
      { field: 'firstName', message: 'must not contain < or >' },
      { field: 'skills', message: 'must not contain < or >' },
    ]);
    const long = issuesOf(firstStep, { firstName: `${'<'.repeat(50_000)}`, lastName: 'M', email: `${'a'.repeat(300)}@example.org`, city: 'x'.repeat(101) });
    expect(long).toEqual([
      { field: 'firstName', message: 'must be at most 100 characters' },
      { field: 'email', message: 'must be at most 254 characters' },
      { field: 'city', message: 'must be at most 100 characters' },
    ]);
  });

  it('refuse a field posted twice where one value is asked', () => {
    expect(issuesOf(firstStep, { firstName: ['Erika', 'Max'], lastName: 'M', email: 'e@example.org' })).toEqual([expect.objectContaining({ field: 'firstName' })]);
  });

  it('of a follow-up answer at least one question', () => {
    expect(issuesOf(followUp, { careerUpdate: ' ', salaryExpectation: '' })).toEqual([{ field: 'careerUpdate', message: 'answer at least one question' }]);
    expect(answersSchema(followUp).parse({ availability: 'ab März' })).toEqual({ careerUpdate: '', salaryExpectation: '', availability: 'ab März' });
  });
});

describe('answers given', () => {
  it('replace what was known; a question left blank keeps it', () => {
    const known = { ...EMPTY_PROFILE, firstName: 'Erika', salaryExpectation: '60.000 €', availability: 'sofort' };
    expect(withAnswers(known, { careerUpdate: 'Teamleitung seit Mai', salaryExpectation: '', availability: 'ab März' })).toEqual({ ...known, careerUpdate: 'Teamleitung seit Mai', availability: 'ab März' });
  });
});
