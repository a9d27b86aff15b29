import { ValidationError } from '@lethe/platform/errors';
import type { AtsCandidateUpserted__Output } from '@lethe/protos';
import { parseDeletion, parseJobClosed, parseJobOpened, parseStatusChange, parseUpsert } from './inbound';

function upserted(overrides: Partial<AtsCandidateUpserted__Output> = {}): AtsCandidateUpserted__Output {
  return {
    atsCandidateId: 'A-1',
    version: '2',
    firstName: ' Jana ',
    lastName: 'Novak',
    email: 'jana@example.org',
    phone: '+49 30 1234567',
    city: 'Berlin',
    country: 'de',
    headline: 'Backend engineer',
    skills: ['Kotlin', 'Kotlin', 'SQL'],
    profileUrl: 'https://example.org/jana',
    recruiterEmail: 'alice@agency.example',
    updatedAt: { seconds: '1772359200', nanos: 0 },
    ...overrides,
  };
}

const violationsOf = (parse: () => unknown) => {
  try {
    parse();
  } catch (err) {
    if (err instanceof ValidationError) return err.violations.map((violation) => `${violation.field}:${violation.code}`);
    throw err;
  }
  return [];
};

describe('an upsert from the ATS', () => {
  it('becomes the profile the CRM keeps, checked and normalised as every profile is', () => {
    const upsert = parseUpsert(upserted());
    expect(upsert).toMatchObject({ atsCandidateId: 'A-1', version: 2, updatedAt: new Date('2026-03-01T10:00:00Z') });
    expect(upsert.profile).toEqual({
      firstName: 'Jana',
      lastName: 'Novak',
      email: 'jana@example.org',
      phone: '+49 30 1234567',
      city: 'Berlin',
      country: 'DE',
      headline: 'Backend engineer',
      interests: [],
      skills: ['Kotlin', 'SQL'],
      salaryExpectation: '',
      availability: '',
      careerUpdate: '',
      profileUrl: 'https://example.org/jana',
      language: 'de',
      lastRecruiterContact: 'alice@agency.example',
    });
  });

  it('names every field that fails at once', () => {
    const violations = violationsOf(() =>
      parseUpsert(upserted({ atsCandidateId: '', version: '0', firstName: '', email: 'not-an-address', country: 'Germany', profileUrl: 'javascript:alert(1)', recruiterEmail: 'x' })),
    );
    expect(violations.sort()).toEqual(
      ['atsCandidateId:required', 'version:too_small', 'firstName:required', 'email:invalid_format', 'country:invalid_format', 'profileUrl:invalid_format', 'recruiterEmail:invalid_format'].sort(),
    );
  });

  it('refuses an over-long value as too long before any pattern reads it', () => {
    expect(violationsOf(() => parseUpsert(upserted({ atsCandidateId: `A${'-'.repeat(10_000)}`, lastName: 'x'.repeat(101), skills: Array(101).fill('a') })))).toEqual([
      'lastName:too_long',
      'skills:too_big',
      'atsCandidateId:too_long',
    ]);
  });

  it('takes versions up to 2^53 - 1 and refuses the ones it cannot compare exactly', () => {
    expect(parseUpsert(upserted({ version: String(Number.MAX_SAFE_INTEGER) })).version).toBe(Number.MAX_SAFE_INTEGER);
    expect(violationsOf(() => parseUpsert(upserted({ version: '9007199254740993' })))).toEqual(['version:too_big']);
    expect(violationsOf(() => parseUpsert(upserted({ version: '-3' })))).toEqual(['version:too_small']);
  });
});

describe('the other inbound events', () => {
  it('read a deletion, a status change and the jobs with their versions', () => {
    expect(parseDeletion({ atsCandidateId: 'A-1', version: '3', deletedAt: null })).toEqual({ atsCandidateId: 'A-1', version: 3, deletedAt: undefined });
    expect(parseStatusChange({ atsCandidateId: 'A-1', atsApplicationId: 'APP-7', atsJobId: '', status: ' rejected ', final: true, version: '5', changedAt: null })).toMatchObject({
      status: 'rejected',
      atsJobId: '',
      final: true,
      version: 5,
    });
    expect(parseJobOpened({ atsJobId: 'J-9', title: 'Data engineer', location: ' Köln ', department: '', version: '1', openedAt: null })).toEqual({
      atsJobId: 'J-9',
      version: 1,
      details: { title: 'Data engineer', location: 'Köln', department: '' },
      at: undefined,
    });
    expect(parseJobClosed({ atsJobId: 'J-9', version: '2', closedAt: { seconds: '1772359200', nanos: 0 } })).toEqual({ atsJobId: 'J-9', version: 2, at: new Date('2026-03-01T10:00:00Z') });
  });

  it('refuse events without their ids or with ids that are not ids', () => {
    expect(violationsOf(() => parseDeletion({ atsCandidateId: '', version: '3', deletedAt: null }))).toEqual(['atsCandidateId:required']);
    expect(violationsOf(() => parseStatusChange({ atsCandidateId: 'A 1', atsApplicationId: '', atsJobId: '', status: '', final: false, version: '1', changedAt: null }))).toEqual([
      'atsCandidateId:invalid_format',
      'status:required',
    ]);
    expect(violationsOf(() => parseJobOpened({ atsJobId: 'J-1', title: '', location: '', department: '', version: '1', openedAt: null }))).toEqual(['title:required']);
  });
});
