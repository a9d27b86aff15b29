// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface TalentsFile {
  'xlsx'?: (Buffer | Uint8Array | string);
  'rows'?: (number);
  'truncated'?: (boolean);
}

export interface TalentsFile__Output {
  'xlsx': (Buffer);
  'rows': (number);
  'truncated': (boolean);
}
