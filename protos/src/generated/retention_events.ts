import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { ErasureAck as _lethe_erasure_v1_ErasureAck, ErasureAck__Output as _lethe_erasure_v1_ErasureAck__Output } from './lethe/erasure/v1/ErasureAck';
import type { ErasureCommand as _lethe_erasure_v1_ErasureCommand, ErasureCommand__Output as _lethe_erasure_v1_ErasureCommand__Output } from './lethe/erasure/v1/ErasureCommand';
import type { CandidateNoticeDue as _lethe_retention_v1_CandidateNoticeDue, CandidateNoticeDue__Output as _lethe_retention_v1_CandidateNoticeDue__Output } from './lethe/retention/v1/CandidateNoticeDue';
import type { DueSubject as _lethe_retention_v1_DueSubject, DueSubject__Output as _lethe_retention_v1_DueSubject__Output } from './lethe/retention/v1/DueSubject';
import type { ErasureCompleted as _lethe_retention_v1_ErasureCompleted, ErasureCompleted__Output as _lethe_retention_v1_ErasureCompleted__Output } from './lethe/retention/v1/ErasureCompleted';
import type { ErasureRequestOpened as _lethe_retention_v1_ErasureRequestOpened, ErasureRequestOpened__Output as _lethe_retention_v1_ErasureRequestOpened__Output } from './lethe/retention/v1/ErasureRequestOpened';
import type { ErasureRequestWithdrawn as _lethe_retention_v1_ErasureRequestWithdrawn, ErasureRequestWithdrawn__Output as _lethe_retention_v1_ErasureRequestWithdrawn__Output } from './lethe/retention/v1/ErasureRequestWithdrawn';
import type { OwnerNoticeDigest as _lethe_retention_v1_OwnerNoticeDigest, OwnerNoticeDigest__Output as _lethe_retention_v1_OwnerNoticeDigest__Output } from './lethe/retention/v1/OwnerNoticeDigest';
import type { StatusActionDeclined as _lethe_retention_v1_StatusActionDeclined, StatusActionDeclined__Output as _lethe_retention_v1_StatusActionDeclined__Output } from './lethe/retention/v1/StatusActionDeclined';
import type { SubjectExportCompleted as _lethe_retention_v1_SubjectExportCompleted, SubjectExportCompleted__Output as _lethe_retention_v1_SubjectExportCompleted__Output } from './lethe/retention/v1/SubjectExportCompleted';
import type { SubjectMarkedForDeletion as _lethe_retention_v1_SubjectMarkedForDeletion, SubjectMarkedForDeletion__Output as _lethe_retention_v1_SubjectMarkedForDeletion__Output } from './lethe/retention/v1/SubjectMarkedForDeletion';
import type { SubjectRestored as _lethe_retention_v1_SubjectRestored, SubjectRestored__Output as _lethe_retention_v1_SubjectRestored__Output } from './lethe/retention/v1/SubjectRestored';

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
    erasure: {
      v1: {
        AnonymisedNotes: EnumTypeDefinition
        ErasureAck: MessageTypeDefinition<_lethe_erasure_v1_ErasureAck, _lethe_erasure_v1_ErasureAck__Output>
        ErasureCommand: MessageTypeDefinition<_lethe_erasure_v1_ErasureCommand, _lethe_erasure_v1_ErasureCommand__Output>
        ErasureMode: EnumTypeDefinition
        ErasureOutcome: EnumTypeDefinition
        ErasureReason: EnumTypeDefinition
      }
    }
    retention: {
      v1: {
        CandidateNoticeDue: MessageTypeDefinition<_lethe_retention_v1_CandidateNoticeDue, _lethe_retention_v1_CandidateNoticeDue__Output>
        DueSubject: MessageTypeDefinition<_lethe_retention_v1_DueSubject, _lethe_retention_v1_DueSubject__Output>
        ErasureCompleted: MessageTypeDefinition<_lethe_retention_v1_ErasureCompleted, _lethe_retention_v1_ErasureCompleted__Output>
        ErasureRequestOpened: MessageTypeDefinition<_lethe_retention_v1_ErasureRequestOpened, _lethe_retention_v1_ErasureRequestOpened__Output>
        ErasureRequestWithdrawn: MessageTypeDefinition<_lethe_retention_v1_ErasureRequestWithdrawn, _lethe_retention_v1_ErasureRequestWithdrawn__Output>
        OwnerNoticeDigest: MessageTypeDefinition<_lethe_retention_v1_OwnerNoticeDigest, _lethe_retention_v1_OwnerNoticeDigest__Output>
        RequestedBy: EnumTypeDefinition
        ScheduledAction: EnumTypeDefinition
        StatusActionDeclined: MessageTypeDefinition<_lethe_retention_v1_StatusActionDeclined, _lethe_retention_v1_StatusActionDeclined__Output>
        SubjectExportCompleted: MessageTypeDefinition<_lethe_retention_v1_SubjectExportCompleted, _lethe_retention_v1_SubjectExportCompleted__Output>
        SubjectMarkedForDeletion: MessageTypeDefinition<_lethe_retention_v1_SubjectMarkedForDeletion, _lethe_retention_v1_SubjectMarkedForDeletion__Output>
        SubjectRestored: MessageTypeDefinition<_lethe_retention_v1_SubjectRestored, _lethe_retention_v1_SubjectRestored__Output>
      }
    }
  }
}

