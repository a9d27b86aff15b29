import { z } from 'zod';
import { defineService, fields, parseInput, PreconditionError, requireRight, RIGHTS, unary, ValidationError, type RequestContext, type ServiceRegistration } from '@lethe/platform';
import {
  loadGrpcObject,
  toTimestamp,
  type Application,
  type ClientRequest,
  type ContactPerson,
  type Job,
  type JobOrder,
  type JobOrderAssignment,
  type Presentation,
  type RecruitingProto,
  type StatusChange,
} from '@lethe/protos';
import { personalSchema } from '../candidates/input';
import { CATALOGUE_KEY, metaStatusFilter, optionalId, page, statusKeyFilter, timestamp } from '../request-schemas';
import { NEW_RECORD, STATUS_KINDS, toStatusMessage } from './catalogue';
import type { ContactPersonView } from './contacts';
import type { StatusRecords } from './status-records';
import type { Recruiting } from './index';
import type { ApplicationDoc, AssignmentDoc, ClientDoc, ClientRequestDoc, JobDoc, JobOrderDoc, PresentationDoc, StatusChangeRow } from './model';

const definition = loadGrpcObject<RecruitingProto>().lethe.candidates.v1.RecruitingService.service;

const idRequest = z.object({ id: fields.id() });
// Piped: a missing key is reported once, as missing.
const statusKey = z.string().trim().min(1, 'is required').pipe(z.string().regex(CATALOGUE_KEY, 'must be a status key (lower-case letters, digits, _ . -)'));
const source = z
  .enum(['STATUS_CHANGE_SOURCE_UNSPECIFIED', 'STATUS_CHANGE_SOURCE_MANUAL', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK', 'STATUS_CHANGE_SOURCE_PROFILE_SENT'], {
    errorMap: () => ({ message: 'must be MANUAL, CLIENT_FEEDBACK or PROFILE_SENT' }),
  })
  .transform((value) => (value === 'STATUS_CHANGE_SOURCE_UNSPECIFIED' ? 'STATUS_CHANGE_SOURCE_MANUAL' : value));
const statusKind = z.enum(['STATUS_KIND_APPLICATION', 'STATUS_KIND_PRESENTATION'], { errorMap: () => ({ message: 'must be APPLICATION or PRESENTATION' }) }).transform((value) => STATUS_KINDS[value]);
const setStatusRequest = z.object({ id: fields.id(), statusKey, source });
const emptyToUndefined = (value: string) => value || undefined;
const required = <T extends z.ZodTypeAny>(schema: T) => schema.nullable().refine((value) => value !== null, 'is required');

const contactSchema = z.object({
  clientId: fields.id(),
  salutation: fields.optional(40),
  firstName: fields.optional(100),
  lastName: fields.required(100),
  email: personalSchema.shape.email,
  phone: personalSchema.shape.phone,
  position: fields.optional(100),
  candidateId: optionalId.transform(emptyToUndefined),
});

const statusDefinitionSchema = z
  .object({
    kind: statusKind,
    key: statusKey,
    label: fields.required(100),
    metaStatus: z.enum(['META_STATUS_ACTIVE', 'META_STATUS_FINAL', 'META_STATUS_HOLD'], { errorMap: () => ({ message: 'must be ACTIVE, FINAL or HOLD' }) }),
    finalOutcome: z.enum(['FINAL_OUTCOME_UNSPECIFIED', 'FINAL_OUTCOME_HIRED', 'FINAL_OUTCOME_REJECTED', 'FINAL_OUTCOME_WITHDRAWN'], {
      errorMap: () => ({ message: 'must be HIRED, REJECTED or WITHDRAWN' }),
    }),
    alwaysSelectable: z.boolean(),
    selectableAfter: z
      .array(z.string().trim().refine((value) => value === NEW_RECORD || CATALOGUE_KEY.test(value), 'must be a status key or "" (a new record)'))
      .max(50, 'must have at most 50 entries')
      .transform((keys) => [...new Set(keys)]),
    position: z.number().int().min(0, 'must not be negative').max(10_000),
  })
  .superRefine((value, issues) => {
    // A final status says what it means for retention (hired, rejected, withdrawn); others mean nothing final.
    const final = value.metaStatus === 'META_STATUS_FINAL';
    if (final === (value.finalOutcome === 'FINAL_OUTCOME_UNSPECIFIED')) {
      issues.addIssue({ code: 'custom', path: ['finalOutcome'], message: final ? 'is required for a final status' : 'must be unset unless the status is final' });
    }
  });

function toStatusChange(row: StatusChangeRow): StatusChange {
  return { statusKey: row.statusKey, metaStatus: row.metaStatus, finalOutcome: row.finalOutcome, setAt: toTimestamp(row.setAt), setBy: row.setBy, source: row.source };
}

const created = (doc: { _id: string; createdAt: Date; createdBy: string }) => ({ id: doc._id, createdAt: toTimestamp(doc.createdAt), createdBy: doc.createdBy });
const toJob = (doc: JobDoc): Job => ({ ...created(doc), title: doc.title, location: doc.location, clientId: doc.clientId });
const toClient = (doc: ClientDoc) => ({ ...created(doc), name: doc.name });
const toClientRequest = (doc: ClientRequestDoc): ClientRequest => ({ ...created(doc), clientId: doc.clientId, contactPersonId: doc.contactPersonId, title: doc.title });
const toJobOrder = (doc: JobOrderDoc): JobOrder => ({ ...created(doc), clientId: doc.clientId, clientRequestId: doc.clientRequestId, jobId: doc.jobId, title: doc.title });
const toAssignment = (doc: AssignmentDoc): JobOrderAssignment => ({
  id: doc._id,
  jobOrderId: doc.jobOrderId,
  candidateId: doc.candidateId,
  meaning: doc.meaning,
  assigned: doc.assigned,
  changedAt: toTimestamp(doc.changedAt),
  changedBy: doc.changedBy,
});
const toApplication = (doc: ApplicationDoc): Application => ({
  id: doc._id,
  candidateId: doc.candidateId,
  jobId: doc.jobId,
  appliedAt: toTimestamp(doc.appliedAt),
  status: toStatusChange(doc.status),
  history: doc.history.map(toStatusChange),
});
const toPresentation = (doc: PresentationDoc): Presentation => ({
  id: doc._id,
  candidateId: doc.candidateId,
  clientRequestId: doc.clientRequestId,
  clientId: doc.clientId,
  status: toStatusChange(doc.status),
  history: doc.history.map(toStatusChange),
  createdAt: toTimestamp(doc.createdAt),
});
function toContactPerson({ doc, values }: ContactPersonView): ContactPerson {
  return {
    id: doc._id,
    contact: {
      clientId: doc.clientId,
      salutation: values.salutation ?? '',
      firstName: values.firstName ?? '',
      lastName: values.lastName ?? '',
      email: values.email ?? '',
      phone: values.phone ?? '',
      position: values.position ?? '',
      candidateId: doc.candidateId ?? '',
    },
    createdAt: toTimestamp(doc.createdAt),
    updatedAt: toTimestamp(doc.updatedAt),
    erased: Boolean(doc.erased),
  };
}

const read = (ctx: RequestContext) => requireRight(ctx, RIGHTS.readCandidates);
const write = (ctx: RequestContext) => requireRight(ctx, RIGHTS.writeCandidates);
const actor = (ctx: RequestContext) => ({ tenantId: ctx.tenantId, actorId: ctx.actorId });

/** A referenced record that must belong to another one (e.g. a contact person to the client) is bad input when it does not. */
function requireBelongs(field: string, belongs: boolean, description: string): void {
  if (!belongs) throw new ValidationError([{ field, description, code: 'invalid_value' }]);
}

/** Reading, listing and changing the status of applications and presentations alike. */
function statusRecordCalls<D extends ApplicationDoc | PresentationDoc, M>(records: StatusRecords<D>, toMessage: (doc: D) => M, targetField: 'jobId' | 'clientRequestId', now: () => Date) {
  // Each request has only its own target field (the job or the client request).
  const listRequest = z.object({ page, candidateId: optionalId, statusKey: statusKeyFilter, metaStatus: metaStatusFilter, jobId: optionalId.optional(), clientRequestId: optionalId.optional() });
  return {
    get: async (request: unknown, ctx: RequestContext): Promise<M> => {
      read(ctx);
      return toMessage(await records.get(ctx.tenantId, parseInput(idRequest, request).id));
    },
    set: async (request: unknown, ctx: RequestContext): Promise<M> => {
      write(ctx);
      const valid = parseInput(setStatusRequest, request);
      return toMessage(await records.setStatus(actor(ctx), valid.id, valid.statusKey, valid.source, now()));
    },
    list: async (request: unknown, ctx: RequestContext): Promise<{ items: M[]; nextPageToken: string }> => {
      read(ctx);
      const valid = parseInput(listRequest, request);
      const filter = { candidateId: valid.candidateId || undefined, targetId: valid[targetField] || undefined, statusKey: valid.statusKey, metaStatus: valid.metaStatus };
      const result = await records.list(ctx.tenantId, filter, valid.page.pageSize, valid.page.pageToken);
      return { items: result.items.map(toMessage), nextPageToken: result.nextPageToken };
    },
  };
}

export function recruitingApi(stores: Recruiting): ServiceRegistration {
  const { jobs, clients, clientRequests, jobOrders, contactPersons, catalogue, applications, presentations, assignments, directory, now } = stores;

  const contactInput = async (ctx: RequestContext, contact: z.infer<typeof contactSchema>) => {
    await clients.get(ctx.tenantId, contact.clientId);
    // Linking makes the candidate keep name, address and contact data on erasure: an edit of the candidate.
    if (contact.candidateId) await directory.require(ctx.tenantId, contact.candidateId, 'edit');
    const { clientId, candidateId, ...values } = contact;
    const present = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Record<string, string>;
    return { clientId, candidateId, values: present };
  };
  /**
   * After a write linking a contact person: a mark that overtook the link's check takes the write back.
   * An erasure that did lets it stand, as the erasure reads the links before it changes the candidate
   * and may have kept the candidate's contact data for this one.
   */
  const confirmLink = async (ctx: RequestContext, candidateId: string | undefined, takeBack: () => Promise<void>): Promise<void> => {
    if (!candidateId) return;
    const marked = await directory.requireStored(ctx.tenantId, candidateId, 'edit').then(
      () => undefined,
      (err: unknown) => (err instanceof PreconditionError && err.reason === 'SUBJECT_MARKED_FOR_DELETION' ? err : undefined),
    );
    if (!marked) return;
    await takeBack();
    throw marked;
  };

  const applicationCalls = statusRecordCalls(applications, toApplication, 'jobId', now);
  const presentationCalls = statusRecordCalls(presentations, toPresentation, 'clientRequestId', now);

  return defineService(definition).implement({
    CreateJob: unary(async (request, ctx) => {
      write(ctx);
      const valid = parseInput(z.object({ title: fields.required(200), location: fields.optional(200), clientId: optionalId }), request);
      if (valid.clientId) await clients.get(ctx.tenantId, valid.clientId);
      return toJob(await jobs.create(ctx.tenantId, ctx.actorId, { title: valid.title, location: valid.location ?? '', clientId: valid.clientId }, now()));
    }),
    GetJob: unary(async (request, ctx) => {
      read(ctx);
      return toJob(await jobs.get(ctx.tenantId, parseInput(idRequest, request).id));
    }),
    ListJobs: unary(async (request, ctx) => {
      read(ctx);
      const valid = parseInput(z.object({ page, clientId: optionalId }), request);
      const result = await jobs.list(ctx.tenantId, { clientId: valid.clientId }, valid.page.pageSize, valid.page.pageToken);
      return { jobs: result.items.map(toJob), page: { nextPageToken: result.nextPageToken } };
    }),

    CreateClient: unary(async (request, ctx) => {
      write(ctx);
      const valid = parseInput(z.object({ name: fields.required(200) }), request);
      return toClient(await clients.create(ctx.tenantId, ctx.actorId, { name: valid.name }, now()));
    }),
    GetClient: unary(async (request, ctx) => {
      read(ctx);
      return toClient(await clients.get(ctx.tenantId, parseInput(idRequest, request).id));
    }),
    ListClients: unary(async (request, ctx) => {
      read(ctx);
      const valid = parseInput(z.object({ page }), request);
      const result = await clients.list(ctx.tenantId, {}, valid.page.pageSize, valid.page.pageToken);
      return { clients: result.items.map(toClient), page: { nextPageToken: result.nextPageToken } };
    }),

    CreateContactPerson: unary(async (request, ctx) => {
      write(ctx);
      const valid = parseInput(z.object({ contact: required(contactSchema) }), request);
      const input = await contactInput(ctx, valid.contact!);
      const view = await contactPersons.create(ctx.tenantId, ctx.actorId, input, now());
      await confirmLink(ctx, input.candidateId, () => contactPersons.delete(ctx.tenantId, view.doc._id));
      return toContactPerson(view);
    }),
    GetContactPerson: unary(async (request, ctx) => {
      read(ctx);
      return toContactPerson(await contactPersons.get(ctx.tenantId, parseInput(idRequest, request).id));
    }),
    UpdateContactPerson: unary(async (request, ctx) => {
      write(ctx);
      const valid = parseInput(z.object({ id: fields.id(), contact: required(contactSchema) }), request);
      const before = await contactPersons.get(ctx.tenantId, valid.id);
      const input = await contactInput(ctx, valid.contact!);
      const view = await contactPersons.update(ctx.tenantId, valid.id, input, now());
      await confirmLink(ctx, input.candidateId, () => contactPersons.restore(ctx.tenantId, before.doc));
      return toContactPerson(view);
    }),
    ListContactPersons: unary(async (request, ctx) => {
      read(ctx);
      const valid = parseInput(z.object({ page, clientId: optionalId }), request);
      const result = await contactPersons.list(ctx.tenantId, valid.clientId || undefined, valid.page.pageSize, valid.page.pageToken);
      return { contactPersons: result.items.map(toContactPerson), page: { nextPageToken: result.nextPageToken } };
    }),
    DeleteContactPerson: unary(async (request, ctx) => {
      write(ctx);
      await contactPersons.delete(ctx.tenantId, parseInput(idRequest, request).id);
      return {};
    }),

    CreateClientRequest: unary(async (request, ctx) => {
      write(ctx);
      const valid = parseInput(z.object({ clientId: fields.id(), contactPersonId: optionalId, title: fields.required(200) }), request);
      await clients.get(ctx.tenantId, valid.clientId);
      if (valid.contactPersonId) {
        const contact = await contactPersons.get(ctx.tenantId, valid.contactPersonId);
        requireBelongs('contactPersonId', contact.doc.clientId === valid.clientId, 'must be a contact person of the client');
      }
      return toClientRequest(await clientRequests.create(ctx.tenantId, ctx.actorId, { clientId: valid.clientId, contactPersonId: valid.contactPersonId, title: valid.title }, now()));
    }),
    GetClientRequest: unary(async (request, ctx) => {
      read(ctx);
      return toClientRequest(await clientRequests.get(ctx.tenantId, parseInput(idRequest, request).id));
    }),
    ListClientRequests: unary(async (request, ctx) => {
      read(ctx);
      const valid = parseInput(z.object({ page, clientId: optionalId }), request);
      const result = await clientRequests.list(ctx.tenantId, { clientId: valid.clientId }, valid.page.pageSize, valid.page.pageToken);
      return { clientRequests: result.items.map(toClientRequest), page: { nextPageToken: result.nextPageToken } };
    }),

    CreateJobOrder: unary(async (request, ctx) => {
      write(ctx);
      const valid = parseInput(z.object({ clientId: fields.id(), clientRequestId: optionalId, jobId: optionalId, title: fields.required(200) }), request);
      await clients.get(ctx.tenantId, valid.clientId);
      if (valid.clientRequestId) {
        const clientRequest = await clientRequests.get(ctx.tenantId, valid.clientRequestId);
        requireBelongs('clientRequestId', clientRequest.clientId === valid.clientId, 'must be a request of the client');
      }
      if (valid.jobId) await jobs.get(ctx.tenantId, valid.jobId);
      const fieldsOf = { clientId: valid.clientId, clientRequestId: valid.clientRequestId, jobId: valid.jobId, title: valid.title };
      return toJobOrder(await jobOrders.create(ctx.tenantId, ctx.actorId, fieldsOf, now()));
    }),
    GetJobOrder: unary(async (request, ctx) => {
      read(ctx);
      return toJobOrder(await jobOrders.get(ctx.tenantId, parseInput(idRequest, request).id));
    }),
    ListJobOrders: unary(async (request, ctx) => {
      read(ctx);
      const valid = parseInput(z.object({ page, clientId: optionalId }), request);
      const result = await jobOrders.list(ctx.tenantId, { clientId: valid.clientId }, valid.page.pageSize, valid.page.pageToken);
      return { jobOrders: result.items.map(toJobOrder), page: { nextPageToken: result.nextPageToken } };
    }),

    AssignCandidate: unary(async (request, ctx) => {
      write(ctx);
      const valid = parseInput(
        z.object({
          jobOrderId: fields.id(),
          candidateId: fields.id(),
          meaning: z.enum(['JOB_ORDER_MEANING_NORMAL_PROCESSING', 'JOB_ORDER_MEANING_PLACEMENT'], { errorMap: () => ({ message: 'must be NORMAL_PROCESSING or PLACEMENT' }) }),
        }),
        request,
      );
      await jobOrders.get(ctx.tenantId, valid.jobOrderId);
      return toAssignment(await assignments.assign(actor(ctx), valid.jobOrderId, valid.candidateId, valid.meaning, now()));
    }),
    UnassignCandidate: unary(async (request, ctx) => {
      write(ctx);
      const valid = parseInput(z.object({ jobOrderId: fields.id(), candidateId: fields.id() }), request);
      await jobOrders.get(ctx.tenantId, valid.jobOrderId);
      return toAssignment(await assignments.unassign(actor(ctx), valid.jobOrderId, valid.candidateId, now()));
    }),
    ListAssignments: unary(async (request, ctx) => {
      read(ctx);
      const valid = parseInput(
        z.object({ jobOrderId: optionalId, candidateId: optionalId }).refine((value) => Boolean(value.jobOrderId) !== Boolean(value.candidateId), {
          message: 'exactly one of jobOrderId and candidateId is required',
          path: ['jobOrderId'],
        }),
        request,
      );
      if (valid.jobOrderId) await jobOrders.get(ctx.tenantId, valid.jobOrderId);
      else await directory.require(ctx.tenantId, valid.candidateId, 'read');
      const rows = await assignments.list(ctx.tenantId, valid.jobOrderId ? { jobOrderId: valid.jobOrderId } : { candidateId: valid.candidateId });
      return { assignments: rows.map(toAssignment) };
    }),

    ListStatuses: unary(async (request, ctx) => {
      read(ctx);
      const valid = parseInput(z.object({ kind: statusKind }), request);
      return { statuses: (await catalogue.list(ctx.tenantId, valid.kind)).map(toStatusMessage) };
    }),
    UpsertStatus: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const valid = parseInput(z.object({ status: required(statusDefinitionSchema) }), request);
      return toStatusMessage(await catalogue.upsert(ctx.tenantId, valid.status!, ctx.actorId, now()));
    }),

    CreateApplication: unary(async (request, ctx) => {
      write(ctx);
      const at = now();
      const valid = parseInput(
        z.object({
          candidateId: fields.id(),
          jobId: fields.id(),
          statusKey,
          appliedAt: timestamp.refine((value) => value === undefined || value.getTime() <= at.getTime() + 60_000, 'must not be in the future'),
          source,
        }),
        request,
      );
      await jobs.get(ctx.tenantId, valid.jobId);
      const doc = await applications.create(actor(ctx), { candidateId: valid.candidateId, jobId: valid.jobId, appliedAt: valid.appliedAt ?? at }, valid.statusKey, valid.source, at);
      return toApplication(doc);
    }),
    GetApplication: unary((request, ctx) => applicationCalls.get(request, ctx)),
    SetApplicationStatus: unary((request, ctx) => applicationCalls.set(request, ctx)),
    ListApplications: unary(async (request, ctx) => {
      const { items, nextPageToken } = await applicationCalls.list(request, ctx);
      return { applications: items, page: { nextPageToken } };
    }),

    CreatePresentation: unary(async (request, ctx) => {
      write(ctx);
      const valid = parseInput(z.object({ candidateId: fields.id(), clientRequestId: fields.id(), statusKey, source }), request);
      const clientRequest = await clientRequests.get(ctx.tenantId, valid.clientRequestId);
      const fieldsOf = { candidateId: valid.candidateId, clientRequestId: clientRequest._id, clientId: clientRequest.clientId };
      return toPresentation(await presentations.create(actor(ctx), fieldsOf, valid.statusKey, valid.source, now()));
    }),
    GetPresentation: unary((request, ctx) => presentationCalls.get(request, ctx)),
    SetPresentationStatus: unary((request, ctx) => presentationCalls.set(request, ctx)),
    ListPresentations: unary(async (request, ctx) => {
      const { items, nextPageToken } = await presentationCalls.list(request, ctx);
      return { presentations: items, page: { nextPageToken } };
    }),
  });
}
