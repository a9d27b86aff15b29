// Original file: proto/lethe/retention/v1/retention_service.proto


export interface SubjectExportChunk {
  'data'?: (Buffer | Uint8Array | string);
}

export interface SubjectExportChunk__Output {
  'data': (Buffer);
}
