import { Readable } from 'node:stream';
import { status } from '@grpc/grpc-js';
import { loadGrpcObject, type SubjectExportProto } from '@lethe/protos';
import { RIGHTS } from '../src/auth';
import { exportFile, exportRecords, readSubjectExport, type ExportRecord, type SubjectExporter } from '../src/export';
import { recordChunks } from '../src/export/subject-export';
import { createClient, serverStreamCall } from '../src/grpc';
import type { BaseConfig, ServiceDefinition, ServiceRuntime } from '../src/service';
import { failure, startTestService, testAuth, uniqueName, type TestAuth, type TestService } from '../src/testkit';

const SubjectExportService = loadGrpcObject<SubjectExportProto>().lethe.export.v1.SubjectExportService;
type Client = InstanceType<typeof SubjectExportService>;

const notes: ExportRecord[] = Array.from({ length: 3000 }, (_, index) => ({ noteId: `n-${index}`, text: `note ${index} `.padEnd(200, '.'), at: new Date(Date.UTC(2026, 0, 1, 0, index)) }));
const cv = Buffer.alloc(700 * 1024, 7);
const photoParts = [Buffer.from('first-'), Buffer.alloc(300 * 1024, 1), Buffer.from('-last')];

/** A service holding a person's profile, many notes and two files, one of them read in parts. */
const exporter: SubjectExporter = async function* ({ tenantId, subjectId }) {
  if (subjectId === 'stranger') return;
  yield exportRecords('profile', [{ subjectId, tenantId, name: 'Ada' }]);
  yield exportRecords('notes', notes.slice(0, 1000));
  yield exportRecords('notes', notes.slice(1000));
  yield exportFile({ fileId: 'cv', section: 'profile', name: 'cv.pdf', contentType: 'application/pdf', content: cv });
  yield exportFile({ fileId: 'photo', section: 'profile', name: 'photo.png', contentType: 'image/png', content: Readable.from(photoParts) });
};

let runtimeOf: ServiceRuntime | undefined;
const exportingService: ServiceDefinition = {
  name: 'export-fixture',
  create: (runtime) => {
    runtimeOf = runtime;
    return { export: exporter };
  },
};

let auth: TestAuth;
let service: TestService<BaseConfig>;
const tenantId = uniqueName('tenant');
beforeAll(async () => {
  auth = await testAuth({ services: [exportingService.name] });
  service = await startTestService(exportingService, auth);
});
afterAll(() => service?.stop());

async function client(token: { actorKind: 'service' | 'user'; rights: readonly string[] }): Promise<Client> {
  return createClient(SubjectExportService, service.address, { token: await auth.mint({ tenantId, actorId: token.actorKind === 'service' ? 'retention' : 'user-1', ...token }) });
}
const retention = () => client({ actorKind: 'service', rights: [RIGHTS.exportSubjects] });
const read = async (exporting: Client, subjectId: string, maxBytes = 10 * 1024 * 1024) => readSubjectExport(serverStreamCall(exporting, 'ExportSubject', { subjectId }), maxBytes, 'export-fixture');

describe('the access protocol (ExportSubject)', () => {
  it('streams every section in order and every file whole, in messages far below the gRPC limit', async () => {
    const received = await read(await retention(), 'subject-1');
    expect(received.sections.profile).toEqual([{ subjectId: 'subject-1', tenantId, name: 'Ada' }]);
    expect(received.sections.notes).toHaveLength(3000);
    expect(received.sections.notes![2999]).toEqual({ ...notes[2999], at: (notes[2999]!.at as Date).toISOString() });
    expect(received.files.map(({ fileId, name, contentType, section }) => ({ fileId, name, contentType, section }))).toEqual([
      { fileId: 'cv', name: 'cv.pdf', contentType: 'application/pdf', section: 'profile' },
      { fileId: 'photo', name: 'photo.png', contentType: 'image/png', section: 'profile' },
    ]);
    expect(received.files[0]!.data.equals(cv)).toBe(true);
    expect(received.files[1]!.data.equals(Buffer.concat(photoParts))).toBe(true);
  });

  it('hands each file on as soon as it is whole, when asked, and keeps none', async () => {
    const handed: { fileId: string; bytes: number }[] = [];
    const received = await readSubjectExport(serverStreamCall(await retention(), 'ExportSubject', { subjectId: 'subject-1' }), 10 * 1024 * 1024, 'export-fixture', async (file) => {
      handed.push({ fileId: file.fileId, bytes: file.data.length });
    });
    expect(handed.map(({ fileId, bytes }) => ({ fileId, bytes }))).toEqual([
      { fileId: 'cv', bytes: cv.length },
      { fileId: 'photo', bytes: Buffer.concat(photoParts).length },
    ]);
    expect(received.files).toEqual([]);
    expect(received.sections.notes).toHaveLength(3000);
  });

  it('answers a subject it holds nothing about with an empty export', async () => {
    expect(await read(await retention(), 'stranger')).toEqual({ sections: {}, files: [], bytes: 0 });
  });

  it('refuses a subject the service has erased', async () => {
    await runtimeOf!.tombstones.record({ tenantId, subjectId: 'erased-1', mode: 'delete', commandId: 'command-1' });
    expect(await failure(read(await retention(), 'erased-1'))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'SUBJECT_ERASED' });
  });

  it('answers only a service token with the export right', async () => {
    expect(await failure(read(await client({ actorKind: 'user', rights: [RIGHTS.exportSubjects] }), 'subject-1'))).toMatchObject({ code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
    expect(await failure(read(await client({ actorKind: 'service', rights: [RIGHTS.readCandidates] }), 'subject-1'))).toMatchObject({ code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
  });

  it('refuses a malformed or oversized subject id with the field named', async () => {
    for (const subjectId of ['', 'a'.repeat(100_000), '../etc']) {
      expect(await failure(read(await retention(), subjectId))).toMatchObject({ code: status.INVALID_ARGUMENT, violations: [expect.objectContaining({ field: 'subjectId' })] });
    }
  });

  it('stops reading an export larger than the package may hold', async () => {
    await expect(read(await retention(), 'subject-1', 500 * 1024)).rejects.toThrow('export-fixture exported more than 512000 bytes about the person');
  });
});

describe('export records', () => {
  it('are sent in chunks of about 256 kB, a larger record alone', () => {
    const big = { text: 'x'.repeat(400 * 1024) };
    const chunks = [...recordChunks('notes', [...notes.slice(0, 2000), big, notes[0]!])];
    expect(chunks.length).toBeGreaterThan(2);
    const texts = chunks.map((chunk) => chunk.records?.recordsJson ?? '');
    expect(texts.every((text) => text.length <= 256 * 1024 + 2 || text.includes('x'.repeat(1000)))).toBe(true);
    expect(texts.flatMap((text) => JSON.parse(text) as unknown[])).toHaveLength(2002);
  });

  it('refuse binary values, which belong in files', () => {
    expect(() => [...recordChunks('files', [{ content: Buffer.from('cv') }])]).toThrow('an export record holds binary data');
  });
});
