// Original file: proto/lethe/export/v1/subject_export.proto


export interface ExportFileChunk {
  'fileId'?: (string);
  'section'?: (string);
  'name'?: (string);
  'contentType'?: (string);
  'data'?: (Buffer | Uint8Array | string);
  'last'?: (boolean);
}

export interface ExportFileChunk__Output {
  'fileId': (string);
  'section': (string);
  'name': (string);
  'contentType': (string);
  'data': (Buffer);
  'last': (boolean);
}
