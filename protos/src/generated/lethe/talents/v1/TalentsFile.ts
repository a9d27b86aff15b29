// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface TalentsFile {
  'xlsx'?: (Buffer | Uint8Array | string);
  'rows'?: (number);
}

export interface TalentsFile__Output {
  'xlsx': (Buffer);
  'rows': (number);
}
