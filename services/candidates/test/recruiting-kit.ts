// Set-up shared by the recruiting tests: a client company with a request, a job and a job order,
// and a candidate, all in one tenant.
import { unaryCall } from '@lethe/platform/grpc';
import { toTimestamp, TOPICS } from '@lethe/protos';
import { input, person, type CandidatesClient, type CandidatesKit, type RecruitingClient } from './kit';

export interface Scene {
  candidates: CandidatesClient;
  recruiting: RecruitingClient;
  candidateId: string;
  clientId: string;
  clientRequestId: string;
  jobId: string;
  jobOrderId: string;
}

export async function newCandidate(candidates: CandidatesClient): Promise<string> {
  const { candidate } = await unaryCall(candidates, 'CreateCandidate', { candidate: input(person()), allowDuplicates: true });
  return candidate!.id;
}

export async function scene(kit: CandidatesKit, tenant: string): Promise<Scene> {
  const candidates = await kit.client(tenant);
  const recruiting = await kit.recruiting(tenant);
  const candidateId = await newCandidate(candidates);
  const client = await unaryCall(recruiting, 'CreateClient', { name: 'Acme GmbH' });
  const clientRequest = await unaryCall(recruiting, 'CreateClientRequest', { clientId: client.id, title: 'Backend developers' });
  const job = await unaryCall(recruiting, 'CreateJob', { title: 'Backend developer', location: 'Berlin', clientId: client.id });
  const jobOrder = await unaryCall(recruiting, 'CreateJobOrder', { clientId: client.id, clientRequestId: clientRequest.id, jobId: job.id, title: 'Two backend developers' });
  return { candidates, recruiting, candidateId, clientId: client.id, clientRequestId: clientRequest.id, jobId: job.id, jobOrderId: jobOrder.id };
}

/** What retention publishes when it marks a candidate for deletion or opens an erasure request. */
export async function publishRetention(kit: CandidatesKit, tenant: string, subjectId: string, what: 'marked' | 'erasure-requested'): Promise<void> {
  const at = toTimestamp(new Date());
  await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
    what === 'marked'
      ? { type: 'lethe.retention.v1.SubjectMarkedForDeletion', tenantId: tenant, subjectId, payload: { subjectId, mode: 'ERASURE_MODE_DELETE', markedAt: at, markedBy: 'dpo', earliestDeletionAt: at } }
      : { type: 'lethe.retention.v1.ErasureRequestOpened', tenantId: tenant, subjectId, payload: { requestId: `r-${subjectId}`, subjectId, requestedBy: 'REQUESTED_BY_CANDIDATE', actorId: 'dpo', openedAt: at, deadlineAt: at } },
  ]);
}
