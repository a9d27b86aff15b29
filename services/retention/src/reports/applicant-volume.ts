/** The contract applicant volume of a year, with its two parts. */
export interface ApplicantVolume {
  year: number;
  unreducedActiveFromEarlierYears: number;
  applicationsInYear: number;
  contractVolume: number;
}

/** What the volume reads of a subject's clock. */
export interface VolumeClock {
  subjectCreatedAt?: Date;
  firstSeenAt?: Date;
  updatedAt: Date;
  reduced?: boolean;
  deleteIssuedAt?: Date;
}

/** The first instant of a UTC year, and of the next. */
export function yearBounds(year: number): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
}

/**
 * Whether a subject counts towards the volume of the year starting at `yearStart`: created before
 * that year (when retention heard of the creation; else when it first heard of the subject), still
 * held, and not reduced to skeleton data.
 */
export function isUnreducedFromEarlierYear(clock: VolumeClock, yearStart: Date): boolean {
  const since = clock.subjectCreatedAt ?? clock.firstSeenAt ?? clock.updatedAt;
  return since < yearStart && !clock.reduced && !clock.deleteIssuedAt;
}

/**
 * The contract applicant volume: applicants created in earlier years that are still held and not
 * reduced to skeleton data, plus the applications received in the year (erased applicants' too).
 */
export async function applicantVolume(clocks: AsyncIterable<VolumeClock> | Iterable<VolumeClock>, applicationsInYear: number, year: number): Promise<ApplicantVolume> {
  const { start } = yearBounds(year);
  let unreducedActiveFromEarlierYears = 0;
  for await (const clock of clocks) if (isUnreducedFromEarlierYear(clock, start)) unreducedActiveFromEarlierYears++;
  return { year, unreducedActiveFromEarlierYears, applicationsInYear, contractVolume: unreducedActiveFromEarlierYears + applicationsInYear };
}
