import * as grpc from '@grpc/grpc-js';
import { clientStreamCall, serverStreamCall, unaryCall } from '@lethe/platform/grpc';
import { makeCanaries, scanDirectoryForCanaries, scanRedisForCanaries, testInfra, uniqueName } from '@lethe/platform/testkit';
import type { UploadFileRequest } from '@lethe/protos';
import { MAX_FILE_BYTES } from '../src/files/upload';
import { erasureDriver, failure, input, person, startCandidates, type CandidatesClient, type CandidatesKit, type ErasureDriver } from './kit';

let kit: CandidatesKit;
let driver: ErasureDriver;

beforeAll(async () => {
  kit = await startCandidates();
  driver = await erasureDriver(kit, 'files-test-acks');
});
afterAll(async () => {
  await driver?.stop();
  await kit?.close();
});

const PDF_HEAD = Buffer.from('%PDF-1.7\n');
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PDF of `size` bytes whose body carries `marker`. */
function pdf(size: number, marker = ''): Buffer {
  const body = Buffer.alloc(size - PDF_HEAD.length, 'x');
  body.write(marker, 100);
  return Buffer.concat([PDF_HEAD, body]);
}

function messages(candidateId: string, content: Buffer, kind = 'FILE_KIND_CV', fileName = 'cv.pdf', chunkSize = 64 * 1024): UploadFileRequest[] {
  const chunks: UploadFileRequest[] = [];
  for (let offset = 0; offset < content.length; offset += chunkSize) chunks.push({ chunk: content.subarray(offset, offset + chunkSize) });
  return [{ header: { candidateId, kind: kind as 'FILE_KIND_CV', fileName } }, ...chunks];
}

async function download(client: CandidatesClient, candidateId: string, fileId: string): Promise<{ contentType: string; fileName: string; content: Buffer }> {
  const parts: Buffer[] = [];
  let contentType = '';
  let fileName = '';
  for await (const message of serverStreamCall(client, 'DownloadFile', { candidateId, fileId })) {
    if (message.file) ({ contentType, fileName } = message.file);
    if (message.chunk) parts.push(message.chunk);
  }
  return { contentType, fileName, content: Buffer.concat(parts) };
}

async function newCandidate(client: CandidatesClient): Promise<string> {
  const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input(person()), allowDuplicates: true });
  return candidate!.id;
}

async function storedFileDocs(tenantId: string): Promise<number> {
  const db = kit.service.runtime.mongo;
  return (await db.collection('candidate_files').countDocuments({ tenantId })) + (await db.collection('candidate_file_chunks').countDocuments({ tenantId }));
}

describe('files', () => {
  it('uploads in chunks, lists and downloads a CV byte for byte; the type comes from the magic bytes; an activity is recorded', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await newCandidate(client);
    const content = pdf(700 * 1024);
    const file = await clientStreamCall(client, 'UploadFile', messages(id, content, 'FILE_KIND_CV', 'lebenslauf.bin'));
    expect(file).toMatchObject({ candidateId: id, kind: 'FILE_KIND_CV', fileName: 'lebenslauf.bin', contentType: 'application/pdf', size: String(content.length) });

    const { files } = await unaryCall(client, 'ListFiles', { candidateId: id });
    expect(files.map((listed) => listed.id)).toEqual([file.id]);
    const downloaded = await download(client, id, file.id);
    expect(downloaded.contentType).toBe('application/pdf');
    expect(downloaded.content.equals(content)).toBe(true);

    const photo = await clientStreamCall(client, 'UploadFile', messages(id, Buffer.concat([PNG_HEAD, Buffer.alloc(5000, 1)]), 'FILE_KIND_PHOTO', 'me.pdf'));
    expect(photo.contentType).toBe('image/png');

    const { activities } = await unaryCall(client, 'ListActivities', { candidateId: id });
    expect(activities.map((activity) => activity.kind)).toEqual(expect.arrayContaining(['ACTIVITY_KIND_CV_UPLOADED', 'ACTIVITY_KIND_FILE_UPLOADED']));

    await unaryCall(client, 'DeleteFile', { candidateId: id, fileId: photo.id });
    expect((await unaryCall(client, 'ListFiles', { candidateId: id })).files).toHaveLength(1);
  });

  it('refuses content that does not match the kind, too large files, empty files and a missing header; nothing is stored', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await newCandidate(client);

    const wrongType = await failure(clientStreamCall(client, 'UploadFile', messages(id, pdf(10_000), 'FILE_KIND_PHOTO', 'photo.png')));
    expect(wrongType.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(wrongType.violations.map((violation) => violation.field)).toEqual(['chunk']);

    const unknown = await failure(clientStreamCall(client, 'UploadFile', messages(id, Buffer.from('just some text that claims to be a pdf'), 'FILE_KIND_CV', 'cv.pdf')));
    expect(unknown.code).toBe(grpc.status.INVALID_ARGUMENT);

    const tooLarge = await failure(clientStreamCall(client, 'UploadFile', messages(id, pdf(MAX_FILE_BYTES + 1), 'FILE_KIND_CV', 'cv.pdf', 1024 * 1024)));
    expect(tooLarge.code).toBe(grpc.status.INVALID_ARGUMENT);

    const empty = await failure(clientStreamCall(client, 'UploadFile', messages(id, Buffer.alloc(0))));
    expect(empty.code).toBe(grpc.status.INVALID_ARGUMENT);

    const noHeader = await failure(clientStreamCall(client, 'UploadFile', [{ chunk: pdf(1000) }]));
    expect(noHeader.violations.map((violation) => violation.field)).toEqual(['header']);

    const badHeader = await failure(clientStreamCall(client, 'UploadFile', [{ header: { candidateId: id, kind: 'FILE_KIND_UNSPECIFIED', fileName: '' } }, { chunk: pdf(1000) }]));
    expect(badHeader.violations.map((violation) => violation.field).sort()).toEqual(['header.fileName', 'header.kind']);

    expect(await storedFileDocs(tenant)).toBe(0);
  });

  it("another tenant's candidate or file is NOT_FOUND for every file method", async () => {
    const owner = await kit.client(uniqueName('tenant'));
    const other = await kit.client(uniqueName('tenant'));
    const id = await newCandidate(owner);
    const file = await clientStreamCall(owner, 'UploadFile', messages(id, pdf(2000)));

    expect((await failure(clientStreamCall(other, 'UploadFile', messages(id, pdf(2000))))).code).toBe(grpc.status.NOT_FOUND);
    expect((await failure(unaryCall(other, 'ListFiles', { candidateId: id }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await failure(download(other, id, file.id))).code).toBe(grpc.status.NOT_FOUND);
    expect((await failure(unaryCall(other, 'DeleteFile', { candidateId: id, fileId: file.id }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await download(owner, id, file.id)).content.length).toBe(2000);
  });

  it('file names and contents are encrypted: no canary in FerretDB files, Redis or the logs', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await newCandidate(client);
    const canaries = makeCanaries('FILECANARY', ['fileName', 'content']);
    const file = await clientStreamCall(client, 'UploadFile', messages(id, pdf(300 * 1024, canaries.content), 'FILE_KIND_CV', canaries.fileName));
    expect((await download(client, id, file.id)).content.includes(canaries.content)).toBe(true);

    expect(await scanDirectoryForCanaries(testInfra().mongoDataDir, canaries)).toEqual([]);
    expect(await scanRedisForCanaries(kit.service.runtime.redis, canaries)).toEqual([]);
    expect(Object.values(canaries).filter((canary) => kit.logs.text().includes(canary))).toEqual([]);
  });

  it.each(['ERASURE_MODE_DELETE', 'ERASURE_MODE_ANONYMISE', 'ERASURE_MODE_REDUCE'] as const)('%s removes every file and chunk of the candidate', async (mode) => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await newCandidate(client);
    const keptId = await newCandidate(client);
    await clientStreamCall(client, 'UploadFile', messages(id, pdf(400 * 1024)));
    const keptFile = await clientStreamCall(client, 'UploadFile', messages(keptId, pdf(1000)));

    const ack = await driver.erase(tenant, id, { mode, keepFields: mode === 'ERASURE_MODE_REDUCE' ? ['name'] : [] });
    expect(ack.outcome).toBe('ERASURE_OUTCOME_DONE');
    expect(ack.counts).toMatchObject({ files: 1, fileChunks: 2 });
    const db = kit.service.runtime.mongo;
    expect(await db.collection('candidate_files').countDocuments({ tenantId: tenant, candidateId: id })).toBe(0);
    expect(await db.collection('candidate_file_chunks').countDocuments({ tenantId: tenant, candidateId: id })).toBe(0);
    // Another candidate's files stay.
    expect((await download(client, keptId, keptFile.id)).content.length).toBe(1000);
  });

  it.each([
    ['ERASURE_MODE_DELETE', grpc.status.NOT_FOUND],
    ['ERASURE_MODE_ANONYMISE', grpc.status.FAILED_PRECONDITION],
  ] as const)('%s during an upload: the upload fails and leaves no file, chunk, activity or key behind', async (mode, code) => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await newCandidate(client);
    const db = kit.service.runtime.mongo;
    const count = (name: string, filter: object = {}) => db.collection(name).countDocuments({ tenantId: tenant, ...filter });
    // The erasure completes while the content streams: nothing of the file is stored until all of it arrived.
    async function* erasedMidway(): AsyncIterable<UploadFileRequest> {
      const [header, ...chunks] = messages(id, pdf(600 * 1024));
      yield header;
      yield* chunks.slice(0, 5);
      await driver.erase(tenant, id, { mode });
      yield* chunks.slice(5);
    }

    expect((await failure(clientStreamCall(client, 'UploadFile', erasedMidway()))).code).toBe(code);
    expect(await count('candidate_files', { candidateId: id })).toBe(0);
    expect(await count('candidate_file_chunks', { candidateId: id })).toBe(0);
    expect(await count('activities', { candidateId: id, kind: { $in: ['ACTIVITY_KIND_CV_UPLOADED', 'ACTIVITY_KIND_FILE_UPLOADED'] } })).toBe(0);
    expect(await kit.service.runtime.keyStore.collection('subject_keys').countDocuments({ tenantId: tenant, subjectId: id })).toBe(0);
  });
});
