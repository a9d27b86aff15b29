import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { TalentActivityRecorded as _lethe_talents_v1_TalentActivityRecorded, TalentActivityRecorded__Output as _lethe_talents_v1_TalentActivityRecorded__Output } from './lethe/talents/v1/TalentActivityRecorded';
import type { TalentCreated as _lethe_talents_v1_TalentCreated, TalentCreated__Output as _lethe_talents_v1_TalentCreated__Output } from './lethe/talents/v1/TalentCreated';
import type { TalentLinkRequested as _lethe_talents_v1_TalentLinkRequested, TalentLinkRequested__Output as _lethe_talents_v1_TalentLinkRequested__Output } from './lethe/talents/v1/TalentLinkRequested';
import type { TalentSourceDeleted as _lethe_talents_v1_TalentSourceDeleted, TalentSourceDeleted__Output as _lethe_talents_v1_TalentSourceDeleted__Output } from './lethe/talents/v1/TalentSourceDeleted';

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
    talents: {
      v1: {
        TalentActivityKind: EnumTypeDefinition
        TalentActivityRecorded: MessageTypeDefinition<_lethe_talents_v1_TalentActivityRecorded, _lethe_talents_v1_TalentActivityRecorded__Output>
        TalentCreated: MessageTypeDefinition<_lethe_talents_v1_TalentCreated, _lethe_talents_v1_TalentCreated__Output>
        TalentLinkPurpose: EnumTypeDefinition
        TalentLinkRequested: MessageTypeDefinition<_lethe_talents_v1_TalentLinkRequested, _lethe_talents_v1_TalentLinkRequested__Output>
        TalentSource: EnumTypeDefinition
        TalentSourceDeleted: MessageTypeDefinition<_lethe_talents_v1_TalentSourceDeleted, _lethe_talents_v1_TalentSourceDeleted__Output>
      }
    }
  }
}

