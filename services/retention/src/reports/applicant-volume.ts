import type { ClockStore } from '../clock/store';

export interface ApplicantVolume {
  year: number;
  unreducedActiveFromEarlierYears: number;
  applicationsInYear: number;
  contractVolume: number;
}

/**
 * Seed 003, "Vertrags-Bewerbervolumen": applicants of earlier years that are still held and not
 * reduced to skeleton data, plus the applications received in the year.
 */
export async function applicantVolume(clocks: ClockStore, tenantId: string, year: number): Promise<ApplicantVolume> {
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year + 1, 0, 1));
  let unreducedActiveFromEarlierYears = 0;
  let applicationsInYear = 0;
  for await (const clock of clocks.allOf(tenantId)) {
    const firstSeen = clock.firstSeenAt ?? clock.updatedAt;
    if (firstSeen < start && !clock.reduced && !clock.deleteIssuedAt) unreducedActiveFromEarlierYears++;
    applicationsInYear += Object.values(clock.applicationsReceived ?? {}).filter((at) => at >= start && at < end).length;
  }
  return { year, unreducedActiveFromEarlierYears, applicationsInYear, contractVolume: unreducedActiveFromEarlierYears + applicationsInYear };
}
