// Original file: proto/lethe/export/v1/subject_export.proto

import type { ExportRecords as _lethe_export_v1_ExportRecords, ExportRecords__Output as _lethe_export_v1_ExportRecords__Output } from '../../../lethe/export/v1/ExportRecords';
import type { ExportFileChunk as _lethe_export_v1_ExportFileChunk, ExportFileChunk__Output as _lethe_export_v1_ExportFileChunk__Output } from '../../../lethe/export/v1/ExportFileChunk';

export interface ExportSubjectChunk {
  'records'?: (_lethe_export_v1_ExportRecords | null);
  'file'?: (_lethe_export_v1_ExportFileChunk | null);
  'part'?: "records"|"file";
}

export interface ExportSubjectChunk__Output {
  'records'?: (_lethe_export_v1_ExportRecords__Output | null);
  'file'?: (_lethe_export_v1_ExportFileChunk__Output | null);
  'part'?: "records"|"file";
}
