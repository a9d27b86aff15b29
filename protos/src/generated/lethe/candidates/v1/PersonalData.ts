// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { Address as _lethe_candidates_v1_Address, Address__Output as _lethe_candidates_v1_Address__Output } from '../../../lethe/candidates/v1/Address';

export interface PersonalData {
  'salutation'?: (string);
  'title'?: (string);
  'firstName'?: (string);
  'lastName'?: (string);
  'dateOfBirth'?: (string);
  'gender'?: (string);
  'nationality'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'address'?: (_lethe_candidates_v1_Address | null);
  'skills'?: (string)[];
  'languages'?: (string)[];
  'experience'?: (string);
  'notes'?: (string);
  'customFields'?: ({[key: string]: string});
}

export interface PersonalData__Output {
  'salutation': (string);
  'title': (string);
  'firstName': (string);
  'lastName': (string);
  'dateOfBirth': (string);
  'gender': (string);
  'nationality': (string);
  'email': (string);
  'phone': (string);
  'address': (_lethe_candidates_v1_Address__Output | null);
  'skills': (string)[];
  'languages': (string)[];
  'experience': (string);
  'notes': (string);
  'customFields': ({[key: string]: string});
}
