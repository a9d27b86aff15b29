import { loadGrpcObject, type SubjectExportProto } from '@lethe/protos';
import { RIGHTS } from '../auth/context';
import type { MintOptions } from '../auth/tokens';
import { readSubjectExport, type ReceivedExport } from '../export/subject-export';
import { createClient, serverStreamCall } from '../grpc';
import type { TestAuth } from './tokens';

const SubjectExportService = loadGrpcObject<SubjectExportProto>().lethe.export.v1.SubjectExportService;

/** A test's reading of ExportSubject is capped here: far above what any test creates. */
const MAX_TEST_EXPORT_BYTES = 64 * 1024 * 1024;

/**
 * Calls a service's ExportSubject as retention does (a service token with the export right), or
 * with the claims in `token` instead, and reads the whole export.
 */
export async function exportSubject(
  service: { address: string; runtime: { name: string } },
  auth: TestAuth,
  tenantId: string,
  subjectId: string,
  token: Partial<MintOptions> = { actorId: 'retention', actorKind: 'service', rights: [RIGHTS.exportSubjects] },
): Promise<ReceivedExport> {
  const client = createClient(SubjectExportService, service.address, { token: await auth.mint({ tenantId, ...token }) });
  try {
    return await readSubjectExport(serverStreamCall(client, 'ExportSubject', { subjectId }), MAX_TEST_EXPORT_BYTES, service.runtime.name);
  } finally {
    client.close();
  }
}
