import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { ActivityRecorded as _lethe_candidates_v1_ActivityRecorded, ActivityRecorded__Output as _lethe_candidates_v1_ActivityRecorded__Output } from './lethe/candidates/v1/ActivityRecorded';
import type { ApplicationStatusChanged as _lethe_candidates_v1_ApplicationStatusChanged, ApplicationStatusChanged__Output as _lethe_candidates_v1_ApplicationStatusChanged__Output } from './lethe/candidates/v1/ApplicationStatusChanged';
import type { CandidateCreated as _lethe_candidates_v1_CandidateCreated, CandidateCreated__Output as _lethe_candidates_v1_CandidateCreated__Output } from './lethe/candidates/v1/CandidateCreated';
import type { CandidateMerged as _lethe_candidates_v1_CandidateMerged, CandidateMerged__Output as _lethe_candidates_v1_CandidateMerged__Output } from './lethe/candidates/v1/CandidateMerged';
import type { CandidateUpdated as _lethe_candidates_v1_CandidateUpdated, CandidateUpdated__Output as _lethe_candidates_v1_CandidateUpdated__Output } from './lethe/candidates/v1/CandidateUpdated';
import type { JobOrderAssignmentChanged as _lethe_candidates_v1_JobOrderAssignmentChanged, JobOrderAssignmentChanged__Output as _lethe_candidates_v1_JobOrderAssignmentChanged__Output } from './lethe/candidates/v1/JobOrderAssignmentChanged';
import type { PresentationStatusChanged as _lethe_candidates_v1_PresentationStatusChanged, PresentationStatusChanged__Output as _lethe_candidates_v1_PresentationStatusChanged__Output } from './lethe/candidates/v1/PresentationStatusChanged';
import type { StatusActionRequested as _lethe_candidates_v1_StatusActionRequested, StatusActionRequested__Output as _lethe_candidates_v1_StatusActionRequested__Output } from './lethe/candidates/v1/StatusActionRequested';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  lethe: {
    candidates: {
      v1: {
        ActivityKind: EnumTypeDefinition
        ActivityRecorded: MessageTypeDefinition<_lethe_candidates_v1_ActivityRecorded, _lethe_candidates_v1_ActivityRecorded__Output>
        ApplicationStatusChanged: MessageTypeDefinition<_lethe_candidates_v1_ApplicationStatusChanged, _lethe_candidates_v1_ApplicationStatusChanged__Output>
        CandidateCreated: MessageTypeDefinition<_lethe_candidates_v1_CandidateCreated, _lethe_candidates_v1_CandidateCreated__Output>
        CandidateMerged: MessageTypeDefinition<_lethe_candidates_v1_CandidateMerged, _lethe_candidates_v1_CandidateMerged__Output>
        CandidateUpdated: MessageTypeDefinition<_lethe_candidates_v1_CandidateUpdated, _lethe_candidates_v1_CandidateUpdated__Output>
        FinalOutcome: EnumTypeDefinition
        JobOrderAssignmentChanged: MessageTypeDefinition<_lethe_candidates_v1_JobOrderAssignmentChanged, _lethe_candidates_v1_JobOrderAssignmentChanged__Output>
        JobOrderMeaning: EnumTypeDefinition
        MetaStatus: EnumTypeDefinition
        PresentationStatusChanged: MessageTypeDefinition<_lethe_candidates_v1_PresentationStatusChanged, _lethe_candidates_v1_PresentationStatusChanged__Output>
        StatusActionKind: EnumTypeDefinition
        StatusActionRequested: MessageTypeDefinition<_lethe_candidates_v1_StatusActionRequested, _lethe_candidates_v1_StatusActionRequested__Output>
        StatusChangeSource: EnumTypeDefinition
      }
    }
  }
}

