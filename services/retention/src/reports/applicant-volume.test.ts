import { applicantVolume, isUnreducedFromEarlierYear, yearBounds } from './applicant-volume';

const { start } = yearBounds(2028);
const updatedAt = new Date('2028-02-01T00:00:00Z');

describe('the contract applicant volume', () => {
  it('counts subjects created before the year, still held and not reduced', () => {
    expect(isUnreducedFromEarlierYear({ subjectCreatedAt: new Date('2027-03-01T00:00:00Z'), updatedAt }, start)).toBe(true);
    expect(isUnreducedFromEarlierYear({ subjectCreatedAt: new Date('2027-03-01T00:00:00Z'), reduced: true, updatedAt }, start)).toBe(false);
    expect(isUnreducedFromEarlierYear({ subjectCreatedAt: new Date('2027-03-01T00:00:00Z'), deleteIssuedAt: updatedAt, updatedAt }, start)).toBe(false);
    expect(isUnreducedFromEarlierYear({ subjectCreatedAt: new Date('2028-01-02T00:00:00Z'), updatedAt }, start)).toBe(false);
  });

  it('dates a subject by its creation, else by when retention first heard of it', () => {
    expect(isUnreducedFromEarlierYear({ subjectCreatedAt: new Date('2027-06-01T00:00:00Z'), firstSeenAt: updatedAt, updatedAt }, start)).toBe(true);
    expect(isUnreducedFromEarlierYear({ firstSeenAt: new Date('2027-12-31T00:00:00Z'), updatedAt }, start)).toBe(true);
    expect(isUnreducedFromEarlierYear({ updatedAt }, start)).toBe(false);
  });

  it('adds the applications received in the year', async () => {
    const clocks = [{ subjectCreatedAt: new Date('2027-03-01T00:00:00Z'), updatedAt }, { subjectCreatedAt: new Date('2027-03-01T00:00:00Z'), reduced: true, updatedAt }, { updatedAt }];
    expect(await applicantVolume(clocks, 2, 2028)).toEqual({ year: 2028, unreducedActiveFromEarlierYears: 1, applicationsInYear: 2, contractVolume: 3 });
    expect(yearBounds(2028)).toEqual({ start: new Date('2028-01-01T00:00:00Z'), end: new Date('2029-01-01T00:00:00Z') });
  });
});
