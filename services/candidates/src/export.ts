import { exportFile, exportPages, exportRecordOf, exportRecords, type ExportPart, type ExportRecord, type SubjectExporter } from '@lethe/platform/export';
import type { TenantRepository } from '@lethe/platform/mongo';
import { toActivityMessage } from './api/activities';
import { toCandidateMessage } from './api/candidates';
import { toContactPerson } from './api/clients';
import { toFileMessage } from './api/files';
import { toAssignment } from './api/job-orders';
import { toApplication, toPresentation } from './api/status-records';
import type { CandidateDoc } from './candidates/model';
import type { ErasureParts } from './erasure';
import type { Recruiting } from './recruiting';
import type { ContactPersonView } from './recruiting/contacts';

export type ExportParts = Pick<ErasureParts, 'store' | 'personal' | 'activities' | 'files' | 'recruiting'>;

const PAGE = 100;

/** The candidate's record as GetCandidate shows it, with what retention decided about them and when. */
async function candidateRecord(parts: ExportParts, doc: CandidateDoc): Promise<ExportRecord> {
  return {
    ...exportRecordOf(toCandidateMessage({ doc, values: await parts.personal.decrypt(doc) })),
    markedForDeletionAt: doc.markedForDeletion?.markedAt ?? null,
    erasureRequestId: doc.erasureRequest?.requestId ?? '',
    erasureRequestedAt: doc.erasureRequest?.openedAt ?? null,
  };
}

/** A contact person as GetContactPerson shows it, with the client company's name. */
function contactPersonRecord(view: ContactPersonView, clientName: string): ExportRecord {
  const record = exportRecordOf(toContactPerson(view));
  return { ...record, contact: { ...(record.contact as ExportRecord), clientName } };
}

/**
 * What the jobs, client companies, client requests and job orders the person's records refer to
 * are called (the tenant's own records, no one's personal data): the export says to whom the
 * person was presented and for what, not only ids. Each is read once per export.
 */
function namesOf(recruiting: Recruiting, tenantId: string) {
  const cache = new Map<string, Promise<string>>();
  const nameOf = <D extends { tenantId: string; _id: string }>(repository: TenantRepository<D>, kind: string, id: string, pick: (doc: D) => string) => {
    if (!id) return Promise.resolve('');
    const key = `${kind}/${id}`;
    let name = cache.get(key);
    if (!name) {
      name = repository.findById(tenantId, id).then((doc) => (doc ? pick(doc) : ''));
      cache.set(key, name);
    }
    return name;
  };
  return {
    job: (id: string) => nameOf(recruiting.jobs.repository, 'job', id, (doc) => doc.title),
    client: (id: string) => nameOf(recruiting.clients.repository, 'client', id, (doc) => doc.name),
    clientRequest: (id: string) => nameOf(recruiting.clientRequests.repository, 'clientRequest', id, (doc) => doc.title),
    jobOrder: (id: string) => nameOf(recruiting.jobOrders.repository, 'jobOrder', id, (doc) => doc.title),
  };
}

/**
 * The candidates service's part of the access protocol: everything its erasure handles for the
 * subject, decrypted. Sections (README "Data export"): `candidate`, `activities`, `files` (and the
 * documents themselves as files of that section), `applications`, `presentations`, `assignments`,
 * `contactPersons` (the subject as a client's contact person, or linked to the candidate).
 */
export function candidatesExport(parts: ExportParts): SubjectExporter {
  const { store, activities, files, recruiting } = parts;
  return async function* ({ tenantId, subjectId }): AsyncGenerator<ExportPart> {
    const names = namesOf(recruiting, tenantId);
    const doc = await store.findStored(tenantId, subjectId);
    if (doc) yield exportRecords('candidate', [await candidateRecord(parts, doc)]);
    // What each activity is about (ids only), beyond what ListActivities shows.
    yield* exportPages('activities', (pageToken) => activities.list(tenantId, subjectId, PAGE, pageToken), (activity) => ({ ...exportRecordOf(toActivityMessage(activity)), refs: activity.refs }));
    const held = await files.list(tenantId, subjectId);
    if (held.length > 0) yield exportRecords('files', held.map((view) => exportRecordOf(toFileMessage(view))));

    yield* exportPages(
      'applications',
      (pageToken) => recruiting.applications.list(tenantId, { candidateId: subjectId }, PAGE, pageToken),
      async (application) => ({ ...exportRecordOf(toApplication(application)), jobTitle: await names.job(application.jobId) }),
    );
    yield* exportPages(
      'presentations',
      (pageToken) => recruiting.presentations.list(tenantId, { candidateId: subjectId }, PAGE, pageToken),
      async (presentation) => ({
        ...exportRecordOf(toPresentation(presentation)),
        clientRequestTitle: await names.clientRequest(presentation.clientRequestId),
        clientName: await names.client(presentation.clientId),
      }),
    );
    // Removed assignments too: they stay as `assigned: false`.
    yield* exportPages(
      'assignments',
      (pageToken) => recruiting.assignments.repository.list(tenantId, { filter: { candidateId: subjectId }, pageSize: PAGE, pageToken }),
      async (assignment) => ({ ...exportRecordOf(toAssignment(assignment)), jobOrderTitle: await names.jobOrder(assignment.jobOrderId) }),
    );

    const contacts = await recruiting.contactPersons.ofSubject(tenantId, subjectId);
    if (contacts.length > 0) yield exportRecords('contactPersons', await Promise.all(contacts.map(async (view) => contactPersonRecord(view, await names.client(view.doc.clientId)))));

    for (const view of held) {
      yield exportFile({ fileId: view.doc._id, section: 'files', name: view.fileName, contentType: view.doc.contentType, content: files.content(view.doc) });
    }
  };
}
