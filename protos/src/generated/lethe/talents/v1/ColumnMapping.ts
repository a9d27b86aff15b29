// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface ColumnMapping {
  'column'?: (string);
  'field'?: (string);
}

export interface ColumnMapping__Output {
  'column': (string);
  'field': (string);
}
