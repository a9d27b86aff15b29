import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import * as ExcelJS from 'exceljs';
import type { Talent } from '../talents/talent';
import { neutralised } from './spreadsheet-text';

/** Talents one export holds at most. */
export const MAX_EXPORT_ROWS = 20_000;

/**
 * The columns of an export. The profile's headers are ones an import maps, so an exported file
 * can be imported again (the other columns are then ignored).
 */
const COLUMNS: readonly { header: string; value: (talent: Talent) => string }[] = [
  { header: 'Talent ID', value: (talent) => talent.id },
  { header: 'First name', value: (talent) => talent.profile.firstName },
  { header: 'Last name', value: (talent) => talent.profile.lastName },
  { header: 'E-Mail', value: (talent) => talent.profile.email },
  { header: 'Phone', value: (talent) => talent.profile.phone },
  { header: 'City', value: (talent) => talent.profile.city },
  { header: 'Country', value: (talent) => talent.profile.country },
  { header: 'Position', value: (talent) => talent.profile.headline },
  { header: 'Interests', value: (talent) => talent.profile.interests.join(', ') },
  { header: 'Skills', value: (talent) => talent.profile.skills.join(', ') },
  { header: 'Salary expectation', value: (talent) => talent.profile.salaryExpectation },
  { header: 'Availability', value: (talent) => talent.profile.availability },
  { header: 'Career update', value: (talent) => talent.profile.careerUpdate },
  { header: 'Profile URL', value: (talent) => talent.profile.profileUrl },
  { header: 'Language', value: (talent) => talent.profile.language },
  { header: 'Last recruiter contact', value: (talent) => talent.profile.lastRecruiterContact },
  { header: 'Source', value: (talent) => talent.source },
  { header: 'Source info', value: (talent) => talent.sourceInfo },
  { header: 'Status', value: (talent) => talent.status },
  { header: 'Pool IDs', value: (talent) => talent.poolIds.join(', ') },
  { header: 'Tags', value: (talent) => talent.tags.join(', ') },
  { header: 'Recruiter ID', value: (talent) => talent.recruiterId },
  { header: 'Created at', value: (talent) => talent.createdAt.toISOString() },
];

export interface TalentsWorkbook {
  xlsx: Buffer;
  rows: number;
  /** More talents matched than the file holds. */
  truncated: boolean;
}

/**
 * The talents as an .xlsx file, written as a stream (rows are not kept once written). Every value
 * is a text cell (never a formula, whatever it starts with) and a value a spreadsheet would take
 * for a formula is neutralised.
 */
export async function talentsWorkbook(talents: AsyncIterable<Talent>, maxRows: number = MAX_EXPORT_ROWS): Promise<TalentsWorkbook> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('Talents');
  sheet.addRow(COLUMNS.map((column) => column.header)).commit();
  let rows = 0;
  let truncated = false;
  for await (const talent of talents) {
    if (rows === maxRows) {
      truncated = true;
      break;
    }
    sheet.addRow(COLUMNS.map((column) => neutralised(column.value(talent)))).commit();
    rows++;
  }
  sheet.commit();
  await workbook.commit();
  await finished(output);
  return { xlsx: Buffer.concat(chunks), rows, truncated };
}
