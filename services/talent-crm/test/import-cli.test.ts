import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unaryCall } from '@lethe/platform/grpc';
import { writeLocalEnv } from '@lethe/platform/service';
import { REPO_ROOT, uniqueName } from '@lethe/platform/testkit';
import { ALL_RIGHTS, createPool, startTalentCrm, type TalentCrmKit } from './kit';
import { workbookFile } from './xlsx-files';

let kit: TalentCrmKit;
/** Where the command looks for the configuration `pnpm start` writes. */
let stateDir: string;
beforeAll(async () => {
  kit = await startTalentCrm({ env: { TALENT_RULES_INTERVAL_MS: String(3_600_000) } });
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lethe-talents-cli-'));
});
afterAll(async () => {
  await kit?.close();
  fs.rmSync(stateDir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `pnpm talents …` as a person runs it (stderr is not a terminal here: the bar prints a line per quarter). */
function talents(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const child = spawn(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['--conditions=lethe-source', path.join(__dirname, '..', 'src', 'cli', 'talents.ts'), ...args], {
    env: { PATH: process.env.PATH, LETHE_STATE_DIR: stateDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

async function fileWith(name: string, content: Buffer): Promise<string> {
  const file = path.join(stateDir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('pnpm talents import', () => {
  it('imports a file through the running service with a progress bar, then prints the row report', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const pool = await createPool(client);
    const token = await kit.auth.mint({ tenantId: tenant, actorId: 'recruiter-9', rights: ALL_RIGHTS });
    const file = await fileWith(
      'silver medalists.xlsx',
      await workbookFile([
        ['Vorname', 'Nachname', 'E-Mail', 'Notizen'],
        ['Jana', 'Novak', `jana.${tenant}@example.org`, ''],
        ['Max', 'Muster', 'max-at-example.org', ''],
        ['Erika', 'Beispiel', `erika.${tenant}@example.org`, ''],
        ['Erika', 'Zwei', `ERIKA.${tenant}@example.org`, ''],
      ]),
    );

    const run = await talents(['import', file, '--pool', pool, '--tag', 'from-cli'], { LETHE_TOKEN: token, TALENT_CRM_GRPC_ADDRESS: kit.service.address });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^import \S+: reading silver medalists\.xlsx…$/m);
    expect(run.stderr).toMatch(/^importing rows\s+\[#+\]\s+100% 4\/4/m);
    const [summary, , header, ...problems] = run.stdout.trimEnd().split('\n');
    expect(summary).toMatch(/^import \S+ done: 4 rows: 2 created, 1 refused, 1 duplicates$/);
    expect(header).toMatch(/^\s+row {2}field\s+code\s+description$/);
    expect(problems.map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['1', 'D', 'unknown_column', 'the header names no profile field: the column was ignored'],
      ['3', 'email', 'invalid_format', 'must be an email address'],
      ['5', 'email', 'duplicate_in_file', 'row 4 has the same email'],
    ]);

    const listed = await unaryCall(client, 'ListTalents', { filter: { tag: 'from-cli' } });
    expect(listed.talents.map((talent) => talent.profile!.email).sort()).toEqual([`erika.${tenant}@example.org`, `jana.${tenant}@example.org`]);
    expect(listed.talents[0]).toMatchObject({ sourceInfo: 'silver medalists.xlsx', poolIds: [pool], createdBy: 'recruiter-9', source: 'TALENT_SOURCE_EXCEL_IMPORT' });
  }, 120_000);

  it('finds the service where pnpm start put it, and checks a file without creating anything on --dry-run', async () => {
    const tenant = uniqueName('tenant');
    const token = await kit.auth.mint({ tenantId: tenant, actorId: 'recruiter-9', rights: ALL_RIGHTS });
    const before = process.env.LETHE_STATE_DIR;
    process.env.LETHE_STATE_DIR = stateDir;
    try {
      writeLocalEnv('talent-crm', { GRPC_PORT: String(kit.service.grpcPort) });
    } finally {
      if (before === undefined) delete process.env.LETHE_STATE_DIR;
      else process.env.LETHE_STATE_DIR = before;
    }
    const file = await fileWith('check.xlsx', await workbookFile([['First name', 'Last name', 'Email'], ['Jana', 'Novak', `jana.${tenant}@example.org`]]));
    const run = await talents(['import', file, '--dry-run'], { LETHE_TOKEN: token });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^import \S+ \(dry run, nothing created\): 1 rows: 0 created, 0 refused, 0 duplicates; 1 would be created$/m);
    expect(run.stderr).toMatch(/^checking rows\s+\[#+\]\s+100% 1\/1/m);
    expect((await unaryCall(await kit.client(tenant), 'ListTalents', {})).talents).toEqual([]);
  }, 60_000);

  it('says what is wrong: no file, not a workbook, no token, a service that does not answer, a bad command line', async () => {
    const token = await kit.auth.mint({ tenantId: uniqueName('tenant'), actorId: 'recruiter-9', rights: ALL_RIGHTS });
    const env = { LETHE_TOKEN: token, TALENT_CRM_GRPC_ADDRESS: kit.service.address };

    const missing = await talents(['import', path.join(stateDir, 'nowhere.xlsx')], env);
    expect(missing).toMatchObject({ code: 1, stderr: `talents import: cannot read ${path.join(stateDir, 'nowhere.xlsx')}: no such file\n` });

    const text = await fileWith('talents.csv', Buffer.from('Vorname;Nachname;E-Mail\nJana;Novak;jana@example.org\n'));
    const notXlsx = await talents(['import', text], env);
    expect(notXlsx).toMatchObject({ code: 1, stderr: 'talents import: the import was refused:\n  xlsx: is not an .xlsx workbook (not a zip archive)\n' });

    const workbook = await fileWith('ok.xlsx', await workbookFile([['Vorname', 'Nachname', 'E-Mail'], ['Jana', 'Novak', 'jana@example.org']]));
    const noToken = await talents(['import', workbook], { TALENT_CRM_GRPC_ADDRESS: kit.service.address });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/^talents import: no token: pass --token or set LETHE_TOKEN/);

    const down = await talents(['import', workbook], { LETHE_TOKEN: token, TALENT_CRM_GRPC_ADDRESS: '127.0.0.1:1' });
    expect(down).toMatchObject({ code: 1, stderr: 'talents import: the talent-crm service does not answer at 127.0.0.1:1 (is it running? pnpm start)\n' });

    const readOnly = await talents(['import', workbook], { ...env, LETHE_TOKEN: await kit.auth.mint({ tenantId: uniqueName('tenant'), rights: ['talents:read'] }) });
    expect(readOnly).toMatchObject({ code: 1, stderr: 'talents import: the token lacks a right an import needs (talents:write to start it, talents:read to follow it)\n' });

    expect(await talents(['import', workbook, '--column', 'nonsense'], env)).toMatchObject({ code: 2 });
    expect(await talents(['export'], env)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^talents: unknown command "export"/) });
  }, 120_000);
});
