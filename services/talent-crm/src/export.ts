import { NotFoundError } from '@lethe/platform/errors';
import { exportLinksOf, exportPages, exportRecordOf, exportRecords, type SubjectExporter } from '@lethe/platform/export';
import type { LinkTokens } from '@lethe/platform/links';
import { TenantRepository } from '@lethe/platform/mongo';
import { toNoteMessage, toTalentMessage } from './api/convert';
import { toFollowUpMessage } from './api/follow-ups';
import { toAssignmentMessage } from './api/jobs';
import { toReminderMessage } from './api/reminders';
import { toRuleRunMessage } from './api/rules';
import type { AtsIntegration } from './ats/integration';
import type { FollowUpStore } from './follow-ups/store';
import type { FormSubmissionStore } from './forms/submissions';
import type { TalentImportStore } from './imports/store';
import type { Notes } from './notes/notes';
import type { Reminders } from './reminders/reminders';
import type { Rules } from './rules/rules';
import type { Talents } from './talents/talents';

export interface TalentCrmExportDeps {
  talents: Talents;
  notes: Notes;
  reminders: Reminders;
  rules: Rules;
  followUps: FollowUpStore;
  formSubmissions: FormSubmissionStore;
  talentLinks: LinkTokens;
  ats: Pick<AtsIntegration, 'links' | 'assignments'>;
  imports: TalentImportStore;
}

const PAGE = 200;

/**
 * What the talent-crm holds about a person, decrypted (the checklist is `erasure.ts`), each record
 * as the API shows it:
 * - `talent`: the profile, source, pools, tags, status, recruiter and the ATS's id for them;
 * - `notes`, `reminders` (about them, with their text), `ruleRuns` (what the automation did for them);
 * - `followUps`: the questions asked of them by link, `formSubmissions`: the talent forms they sent
 *   (which form and version, the storage consent given on it), `links`: the links to those pages
 *   (never the token);
 * - `atsLink`: the ATS's candidate id, when the ATS deleted them, when Lethe erased them there;
 * - `jobAssignments`: the ATS jobs they were assigned to and the applications sent to the ATS;
 * - `importProblems`: rows of Excel imports refused as duplicates of them (row, field, code; never a value).
 */
export function talentCrmExport(deps: TalentCrmExportDeps): SubjectExporter {
  const followUps = new TenantRepository(deps.followUps.model, { resourceType: 'talent follow-up', maxPageSize: PAGE });
  const assignments = new TenantRepository(deps.ats.assignments.model, { resourceType: 'job assignment', maxPageSize: PAGE });
  return async function* (subject) {
    const { tenantId, subjectId: talentId } = subject;
    const talent = await deps.talents.get(tenantId, talentId).catch((err: unknown) => {
      if (err instanceof NotFoundError) return undefined;
      throw err;
    });
    if (talent) {
      yield exportRecords('talent', [exportRecordOf(toTalentMessage(talent))]);
      yield* exportPages('notes', (pageToken) => deps.notes.list(tenantId, talentId, PAGE, pageToken), (note) => exportRecordOf(toNoteMessage(note)));
    }
    yield* exportPages('reminders', (pageToken) => deps.reminders.list(tenantId, { talentId }, false, PAGE, pageToken), (reminder) => exportRecordOf(toReminderMessage(reminder)));
    yield* exportPages('ruleRuns', (pageToken) => deps.rules.runs(tenantId, { talentId }, PAGE, pageToken), (run) => exportRecordOf(toRuleRunMessage(run)));
    yield* exportPages(
      'followUps',
      (pageToken) => followUps.list(tenantId, { filter: { talentId }, pageSize: PAGE, pageToken, projection: { outbox: 0 } }),
      (request) => ({
        ...exportRecordOf(toFollowUpMessage(request)),
        purpose: request.purpose,
        asked: request.asked,
        interestOptions: request.interestOptions,
        language: request.language,
        formId: request.formId,
        formVersion: request.formVersion,
        requestedAt: request.requestedAt,
        requestedBy: request.requestedBy,
      }),
    );
    const submissions = await deps.formSubmissions.ofTalent(tenantId, talentId);
    if (submissions.length > 0) {
      yield exportRecords(
        'formSubmissions',
        submissions.map(({ _id, formId, formVersion, submittedAt, consentId }) => ({ id: _id, formId, formVersion, submittedAt, consentId })),
      );
    }
    yield* exportLinksOf(deps.talentLinks, subject);
    // The link is found by the ATS's id, as the ATS's events find it.
    const atsLink = talent?.atsCandidateId ? await deps.ats.links.get(tenantId, deps.ats.links.idOf(tenantId, talent.atsCandidateId)) : null;
    if (atsLink && talent) {
      yield exportRecords('atsLink', [{ atsCandidateId: talent.atsCandidateId, createdAt: atsLink.createdAt, deletedVersion: atsLink.deletedVersion, erasedAt: atsLink.erasedAt }]);
    }
    yield* exportPages(
      'jobAssignments',
      (pageToken) => assignments.list(tenantId, { filter: { talentId }, pageSize: PAGE, pageToken, projection: { outbox: 0 } }),
      (assignment) => exportRecordOf(toAssignmentMessage({ ...assignment, id: assignment._id })),
    );
    const problems = await deps.imports.problemsAbout(tenantId, talentId);
    if (problems.length > 0) {
      yield exportRecords(
        'importProblems',
        problems.map(({ importId, startedAt, problem }) => ({ importId, importStartedAt: startedAt, row: problem.row, field: problem.field, code: problem.code, description: problem.description, duplicateOfRow: problem.duplicateOfRow ?? null })),
      );
    }
  };
}
