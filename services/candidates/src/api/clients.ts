import { z } from 'zod';
import { hasRight, requireRight, RIGHTS, type RequestContext } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type ClientRequest, type ContactPerson } from '@lethe/protos';
import { personalSchema } from '../candidates/input';
import { refuseLocked, type ContactPersonInput, type ContactPersonView } from '../recruiting/contacts';
import type { ClientDoc, ClientRequestDoc } from '../recruiting/model';
import { createdOf, idRequest, optionalId, page, required, requireBelongs } from './fields';
import { includeHidden, timestampOrNull } from './candidates';
import type { ApiDeps, recruitingDefinition } from './index';

const toClient = (doc: ClientDoc) => ({ ...createdOf(doc), name: doc.name });
const toClientRequest = (doc: ClientRequestDoc): ClientRequest => ({ ...createdOf(doc), clientId: doc.clientId, contactPersonId: doc.contactPersonId, title: doc.title });

export function toContactPerson({ doc, values }: ContactPersonView): ContactPerson {
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
    markedForDeletionAt: timestampOrNull(doc.markedForDeletion?.markedAt),
    earliestDeletionAt: timestampOrNull(doc.markedForDeletion?.earliestDeletionAt),
  };
}

const contactSchema = z.object({
  clientId: fields.id(),
  salutation: fields.optional(40),
  firstName: fields.optional(100),
  lastName: fields.required(100),
  email: personalSchema.shape.email,
  phone: personalSchema.shape.phone,
  position: fields.optional(100),
  candidateId: optionalId.transform((value) => value || undefined),
});

type Methods =
  | 'CreateClient'
  | 'GetClient'
  | 'ListClients'
  | 'CreateContactPerson'
  | 'GetContactPerson'
  | 'UpdateContactPerson'
  | 'ListContactPersons'
  | 'DeleteContactPerson'
  | 'CreateClientRequest'
  | 'GetClientRequest'
  | 'ListClientRequests';

/** Client companies, their contact persons and their requests. */
export function clientHandlers({ recruiting, now }: ApiDeps): HandlerTable<typeof recruitingDefinition, Methods> {
  const { clients, contactPersons, clientRequests } = recruiting;

  /** The contact person's input, once its client is known to the tenant. */
  const contactInput = async (ctx: RequestContext, contact: z.infer<typeof contactSchema>): Promise<ContactPersonInput> => {
    await clients.get(ctx.tenantId, contact.clientId);
    const { clientId, candidateId, ...values } = contact;
    const present = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Record<string, string>;
    return { clientId, candidateId, values: present };
  };

  return {
    CreateClient: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(z.object({ name: fields.required(200) }), request);
      return toClient(await clients.create(ctx.tenantId, ctx.actorId, { name: valid.name }, now()));
    }),
    GetClient: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toClient(await clients.get(ctx.tenantId, parseInput(idRequest, request).id));
    }),
    ListClients: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ page }), request);
      const result = await clients.list(ctx.tenantId, {}, valid.page.pageSize, valid.page.pageToken);
      return { clients: result.items.map(toClient), page: { nextPageToken: result.nextPageToken } };
    }),

    CreateContactPerson: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(z.object({ contact: required(contactSchema) }), request);
      return toContactPerson(await contactPersons.create(ctx.tenantId, ctx.actorId, await contactInput(ctx, valid.contact!), now()));
    }),
    GetContactPerson: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const view = await contactPersons.get(ctx.tenantId, parseInput(idRequest, request).id);
      // Without the right to see marked records, a marked contact person answers as its lock does.
      if (view.doc.markedForDeletion && !hasRight(ctx, RIGHTS.seeMarked)) refuseLocked(view.doc);
      return toContactPerson(view);
    }),
    UpdateContactPerson: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(z.object({ id: fields.id(), contact: required(contactSchema) }), request);
      return toContactPerson(await contactPersons.update(ctx.tenantId, valid.id, await contactInput(ctx, valid.contact!), now()));
    }),
    ListContactPersons: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ page, clientId: optionalId, includeMarked: z.boolean() }), request);
      const filter = { clientId: valid.clientId || undefined, includeMarked: includeHidden(ctx, valid.includeMarked) };
      const result = await contactPersons.list(ctx.tenantId, filter, valid.page.pageSize, valid.page.pageToken);
      return { contactPersons: result.items.map(toContactPerson), page: { nextPageToken: result.nextPageToken } };
    }),
    DeleteContactPerson: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      await contactPersons.delete(ctx.tenantId, parseInput(idRequest, request).id);
      return {};
    }),

    CreateClientRequest: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(z.object({ clientId: fields.id(), contactPersonId: optionalId, title: fields.required(200) }), request);
      await clients.get(ctx.tenantId, valid.clientId);
      if (valid.contactPersonId) {
        const contact = await contactPersons.get(ctx.tenantId, valid.contactPersonId);
        requireBelongs('contactPersonId', contact.doc.clientId === valid.clientId, 'must be a contact person of the client');
      }
      return toClientRequest(await clientRequests.create(ctx.tenantId, ctx.actorId, { clientId: valid.clientId, contactPersonId: valid.contactPersonId, title: valid.title }, now()));
    }),
    GetClientRequest: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toClientRequest(await clientRequests.get(ctx.tenantId, parseInput(idRequest, request).id));
    }),
    ListClientRequests: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ page, clientId: optionalId }), request);
      const result = await clientRequests.list(ctx.tenantId, { clientId: valid.clientId }, valid.page.pageSize, valid.page.pageToken);
      return { clientRequests: result.items.map(toClientRequest), page: { nextPageToken: result.nextPageToken } };
    }),
  };
}
