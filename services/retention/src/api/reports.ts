import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary } from '@lethe/platform/grpc';
import { parseInput } from '@lethe/platform/validation';
import { applicantVolume, yearBounds } from '../reports/applicant-volume';
import type { RetentionApiDeps, RetentionHandlers } from './deps';

const volumeRequest = z.object({ year: z.number().int().min(0).max(9999).refine((y) => y === 0 || y >= 2000, 'must be a year from 2000, or 0 (this year)') });

/** Reports: the contract applicant volume of a year. */
export function reportHandlers({ clocks, intake, now }: RetentionApiDeps): RetentionHandlers<'GetApplicantVolume'> {
  return {
    GetApplicantVolume: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { year: asked } = parseInput(volumeRequest, request);
      const year = asked || now().getUTCFullYear();
      const { start, end } = yearBounds(year);
      return applicantVolume(clocks.allOf(ctx.tenantId), await intake.countBetween(ctx.tenantId, start, end), year);
    }),
  };
}
