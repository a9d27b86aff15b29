// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface ImportRowProblem {
  'row'?: (number);
  'field'?: (string);
  'code'?: (string);
  'description'?: (string);
  'duplicateOfRow'?: (number);
  'duplicateTalentId'?: (string);
}

export interface ImportRowProblem__Output {
  'row': (number);
  'field': (string);
  'code': (string);
  'description': (string);
  'duplicateOfRow': (number);
  'duplicateTalentId': (string);
}
