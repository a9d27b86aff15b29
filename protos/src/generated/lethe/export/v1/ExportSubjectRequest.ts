// Original file: proto/lethe/export/v1/subject_export.proto


export interface ExportSubjectRequest {
  'subjectId'?: (string);
}

export interface ExportSubjectRequest__Output {
  'subjectId': (string);
}
