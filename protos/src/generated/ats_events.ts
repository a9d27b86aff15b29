import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { AtsApplicationStatusChanged as _lethe_ats_v1_AtsApplicationStatusChanged, AtsApplicationStatusChanged__Output as _lethe_ats_v1_AtsApplicationStatusChanged__Output } from './lethe/ats/v1/AtsApplicationStatusChanged';
import type { AtsApplicationSubmitted as _lethe_ats_v1_AtsApplicationSubmitted, AtsApplicationSubmitted__Output as _lethe_ats_v1_AtsApplicationSubmitted__Output } from './lethe/ats/v1/AtsApplicationSubmitted';
import type { AtsCandidateDeleted as _lethe_ats_v1_AtsCandidateDeleted, AtsCandidateDeleted__Output as _lethe_ats_v1_AtsCandidateDeleted__Output } from './lethe/ats/v1/AtsCandidateDeleted';
import type { AtsCandidateUpserted as _lethe_ats_v1_AtsCandidateUpserted, AtsCandidateUpserted__Output as _lethe_ats_v1_AtsCandidateUpserted__Output } from './lethe/ats/v1/AtsCandidateUpserted';
import type { AtsJobClosed as _lethe_ats_v1_AtsJobClosed, AtsJobClosed__Output as _lethe_ats_v1_AtsJobClosed__Output } from './lethe/ats/v1/AtsJobClosed';
import type { AtsJobOpened as _lethe_ats_v1_AtsJobOpened, AtsJobOpened__Output as _lethe_ats_v1_AtsJobOpened__Output } from './lethe/ats/v1/AtsJobOpened';
import type { AtsPersonErased as _lethe_ats_v1_AtsPersonErased, AtsPersonErased__Output as _lethe_ats_v1_AtsPersonErased__Output } from './lethe/ats/v1/AtsPersonErased';

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
    ats: {
      v1: {
        AtsApplicationStatusChanged: MessageTypeDefinition<_lethe_ats_v1_AtsApplicationStatusChanged, _lethe_ats_v1_AtsApplicationStatusChanged__Output>
        AtsApplicationSubmitted: MessageTypeDefinition<_lethe_ats_v1_AtsApplicationSubmitted, _lethe_ats_v1_AtsApplicationSubmitted__Output>
        AtsCandidateDeleted: MessageTypeDefinition<_lethe_ats_v1_AtsCandidateDeleted, _lethe_ats_v1_AtsCandidateDeleted__Output>
        AtsCandidateUpserted: MessageTypeDefinition<_lethe_ats_v1_AtsCandidateUpserted, _lethe_ats_v1_AtsCandidateUpserted__Output>
        AtsJobClosed: MessageTypeDefinition<_lethe_ats_v1_AtsJobClosed, _lethe_ats_v1_AtsJobClosed__Output>
        AtsJobOpened: MessageTypeDefinition<_lethe_ats_v1_AtsJobOpened, _lethe_ats_v1_AtsJobOpened__Output>
        AtsPersonErased: MessageTypeDefinition<_lethe_ats_v1_AtsPersonErased, _lethe_ats_v1_AtsPersonErased__Output>
      }
    }
  }
}

