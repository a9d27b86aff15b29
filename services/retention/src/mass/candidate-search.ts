import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { UnavailableError } from '@lethe/platform/errors';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { serviceTokenFor, type ServiceRuntime } from '@lethe/platform/service';
import { loadGrpcObject, type CandidatesProto, type ListCandidatesRequest } from '@lethe/protos';

const CandidatesService = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService;

/** A candidates search as ListCandidates takes it, without its page. */
export type CandidateSearchFilter = Omit<ListCandidatesRequest, 'page' | 'includeMarked' | 'includeErasureRequested'>;

/** Where a mass action finds the candidates a search selects. */
export interface CandidateSearchSource {
  idsOf(tenantId: string, filter: CandidateSearchFilter): AsyncGenerator<string>;
}

const PAGE_SIZE = 500;

/**
 * The candidates a search selects, asked of the candidates service page by page with retention's
 * own token (read, and see marked: a marked candidate or one who asked to be forgotten is selected
 * too, so the mass action reports it as skipped instead of leaving it out unseen). Only ids travel.
 */
export class CandidateSearch implements CandidateSearchSource {
  private readonly client: InstanceType<typeof CandidatesService>;

  constructor(
    private readonly runtime: Pick<ServiceRuntime, 'serviceTokens' | 'name'>,
    address: string,
  ) {
    this.client = createClient(CandidatesService, address);
  }

  async *idsOf(tenantId: string, filter: CandidateSearchFilter): AsyncGenerator<string> {
    let pageToken = '';
    do {
      const token = await serviceTokenFor(this.runtime, 'candidates', tenantId, [RIGHTS.readCandidates, RIGHTS.seeMarked]);
      const request = { ...filter, includeMarked: true, includeErasureRequested: true, page: { pageSize: PAGE_SIZE, pageToken } };
      let answer;
      try {
        answer = await unaryCall(this.client, 'ListCandidateIds', request, { token });
      } catch (err) {
        const code = (err as grpc.ServiceError).code;
        if (code === grpc.status.UNAVAILABLE || code === grpc.status.DEADLINE_EXCEEDED) throw new UnavailableError('the candidates service did not answer the search');
        throw err;
      }
      yield* answer.candidateIds;
      pageToken = answer.page?.nextPageToken ?? '';
    } while (pageToken);
  }

  close(): void {
    this.client.close();
  }
}
