// Original file: proto/lethe/export/v1/subject_export.proto


export interface ExportRecords {
  'section'?: (string);
  'recordsJson'?: (string);
}

export interface ExportRecords__Output {
  'section': (string);
  'recordsJson': (string);
}
