// Original file: proto/lethe/ats/v1/ats_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface AtsCandidateUpserted {
  'atsCandidateId'?: (string);
  'version'?: (number | string | Long);
  'firstName'?: (string);
  'lastName'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'city'?: (string);
  'country'?: (string);
  'headline'?: (string);
  'skills'?: (string)[];
  'profileUrl'?: (string);
  'recruiterEmail'?: (string);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
}

export interface AtsCandidateUpserted__Output {
  'atsCandidateId': (string);
  'version': (string);
  'firstName': (string);
  'lastName': (string);
  'email': (string);
  'phone': (string);
  'city': (string);
  'country': (string);
  'headline': (string);
  'skills': (string)[];
  'profileUrl': (string);
  'recruiterEmail': (string);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
}
