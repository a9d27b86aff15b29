import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { failure, startTalentCrm, type TalentCrmKit } from './kit';
import { repeatedEntry, SHEET, SHEET_START, withEntry, workbookFile } from './xlsx-files';

// The service runs in this process: its memory is this process's memory.
let kit: TalentCrmKit;
beforeAll(async () => {
  kit = await startTalentCrm();
});
afterAll(async () => {
  await kit?.close();
});

const MB = 1024 * 1024;
/** Generous: a file that was inflated would add hundreds of MB. */
const MEMORY_BOUND_MB = 100;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The largest growth of resident memory and of array buffers (where inflated bytes would land) while `work` runs. */
async function memoryGrowthDuring(work: () => Promise<unknown>): Promise<{ rssMb: number; arrayBuffersMb: number }> {
  gc();
  await sleep(100);
  const before = process.memoryUsage();
  const peak = { rss: before.rss, arrayBuffers: before.arrayBuffers };
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers);
  }, 2);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return { rssMb: (peak.rss - before.rss) / MB, arrayBuffersMb: (peak.arrayBuffers - before.arrayBuffers) / MB };
}

const ROW = Buffer.from('<row r="2"><c r="A2" t="inlineStr"><is><t>Jana</t></is></c><c r="B2" t="inlineStr"><is><t>Novak</t></is></c></row>');

describe('decompression bombs', () => {
  let workbook: Buffer;
  beforeAll(async () => {
    workbook = await workbookFile([
      ['Vorname', 'Nachname', 'E-Mail'],
      ['Jana', 'Novak', 'jana@example.org'],
    ]);
  });

  it('a worksheet of 40 MiB of one repeated byte, compressing to little, is refused from the directory: nothing is inflated', async () => {
    const bomb = withEntry(workbook, await repeatedEntry(SHEET, Buffer.from('A'), 40 * MB, SHEET_START));
    expect(bomb.length).toBeLessThan(MB);
    const client = await kit.client(uniqueName('tenant'));
    let refused!: Awaited<ReturnType<typeof failure>>;
    const growth = await memoryGrowthDuring(async () => {
      refused = await failure(unaryCall(client, 'StartTalentImport', { xlsx: bomb, fileName: 'bomb.xlsx' }));
    });
    expect(refused.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(refused.violations).toEqual([{ field: 'xlsx', code: 'zip_bomb', description: expect.stringMatching(/^the entry xl\/worksheets\/sheet1\.xml inflates \d+ times its size; at most 100 times are accepted$/) }]);
    expect(growth.rssMb).toBeLessThan(MEMORY_BOUND_MB);
    expect(growth.arrayBuffersMb).toBeLessThan(MEMORY_BOUND_MB);
  }, 60_000);

  it('a worksheet that inflates to 256 MiB while declaring a size its compression ratio allows is refused once past that size, memory bounded', async () => {
    const real = await repeatedEntry(SHEET, ROW, 256 * MB, SHEET_START);
    // A believable claim: within the size and the ratio the directory check allows.
    const declaredSize = Math.min(real.data.length * 90, 40 * MB);
    const lying = withEntry(workbook, { ...real, declaredSize });
    expect(real.data.length).toBeLessThan(5 * MB);
    const client = await kit.client(uniqueName('tenant'));
    let refused!: Awaited<ReturnType<typeof failure>>;
    const growth = await memoryGrowthDuring(async () => {
      refused = await failure(unaryCall(client, 'StartTalentImport', { xlsx: lying, fileName: 'lying.xlsx' }, { deadlineMs: 30_000 }));
    });
    expect(refused.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(refused.violations).toEqual([{ field: 'xlsx', code: 'zip_bomb', description: `the entry ${SHEET} inflates beyond the ${declaredSize} bytes the archive declares for it` }]);
    expect(growth.rssMb).toBeLessThan(MEMORY_BOUND_MB);
    expect(growth.arrayBuffersMb).toBeLessThan(MEMORY_BOUND_MB);
  }, 120_000);
});
