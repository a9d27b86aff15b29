// Original file: proto/lethe/retention/v1/retention_service.proto

import type { SubjectExportState as _lethe_retention_v1_SubjectExportState, SubjectExportState__Output as _lethe_retention_v1_SubjectExportState__Output } from '../../../lethe/retention/v1/SubjectExportState';
import type { RequestedBy as _lethe_retention_v1_RequestedBy, RequestedBy__Output as _lethe_retention_v1_RequestedBy__Output } from '../../../lethe/retention/v1/RequestedBy';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { SubjectExportPart as _lethe_retention_v1_SubjectExportPart, SubjectExportPart__Output as _lethe_retention_v1_SubjectExportPart__Output } from '../../../lethe/retention/v1/SubjectExportPart';
import type { Long } from '@grpc/proto-loader';

export interface SubjectExport {
  'exportId'?: (string);
  'subjectId'?: (string);
  'state'?: (_lethe_retention_v1_SubjectExportState);
  'requestedBy'?: (_lethe_retention_v1_RequestedBy);
  'requestedByActor'?: (string);
  'requestedAt'?: (_google_protobuf_Timestamp | null);
  'completedAt'?: (_google_protobuf_Timestamp | null);
  'expiresAt'?: (_google_protobuf_Timestamp | null);
  'failedService'?: (string);
  'failureReason'?: (string);
  'sizeBytes'?: (number | string | Long);
  'services'?: (_lethe_retention_v1_SubjectExportPart)[];
}

export interface SubjectExport__Output {
  'exportId': (string);
  'subjectId': (string);
  'state': (_lethe_retention_v1_SubjectExportState__Output);
  'requestedBy': (_lethe_retention_v1_RequestedBy__Output);
  'requestedByActor': (string);
  'requestedAt': (_google_protobuf_Timestamp__Output | null);
  'completedAt': (_google_protobuf_Timestamp__Output | null);
  'expiresAt': (_google_protobuf_Timestamp__Output | null);
  'failedService': (string);
  'failureReason': (string);
  'sizeBytes': (string);
  'services': (_lethe_retention_v1_SubjectExportPart__Output)[];
}
