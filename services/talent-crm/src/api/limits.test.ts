import { checkRequestLimits, unreachableDependencies } from '@lethe/platform/testkit';
import { talentCrmApi, type TalentCrmApiDeps } from './index';

describe('request limits', () => {
  it('refuses an oversized value of every string field, and too many entries of every list and map, naming the field, before the domain is reached', async () => {
    const report = await checkRequestLimits([talentCrmApi(unreachableDependencies<TalentCrmApiDeps>({ now: () => new Date() }))]);
    expect(report.problems).toEqual([]);
    expect(report.probes.length).toBeGreaterThan(10);
  }, 180_000);
});
