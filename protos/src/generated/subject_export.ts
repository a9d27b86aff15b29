import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ExportFileChunk as _lethe_export_v1_ExportFileChunk, ExportFileChunk__Output as _lethe_export_v1_ExportFileChunk__Output } from './lethe/export/v1/ExportFileChunk';
import type { ExportRecords as _lethe_export_v1_ExportRecords, ExportRecords__Output as _lethe_export_v1_ExportRecords__Output } from './lethe/export/v1/ExportRecords';
import type { ExportSubjectChunk as _lethe_export_v1_ExportSubjectChunk, ExportSubjectChunk__Output as _lethe_export_v1_ExportSubjectChunk__Output } from './lethe/export/v1/ExportSubjectChunk';
import type { ExportSubjectRequest as _lethe_export_v1_ExportSubjectRequest, ExportSubjectRequest__Output as _lethe_export_v1_ExportSubjectRequest__Output } from './lethe/export/v1/ExportSubjectRequest';
import type { SubjectExportServiceClient as _lethe_export_v1_SubjectExportServiceClient, SubjectExportServiceDefinition as _lethe_export_v1_SubjectExportServiceDefinition } from './lethe/export/v1/SubjectExportService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  lethe: {
    export: {
      v1: {
        ExportFileChunk: MessageTypeDefinition<_lethe_export_v1_ExportFileChunk, _lethe_export_v1_ExportFileChunk__Output>
        ExportRecords: MessageTypeDefinition<_lethe_export_v1_ExportRecords, _lethe_export_v1_ExportRecords__Output>
        ExportSubjectChunk: MessageTypeDefinition<_lethe_export_v1_ExportSubjectChunk, _lethe_export_v1_ExportSubjectChunk__Output>
        ExportSubjectRequest: MessageTypeDefinition<_lethe_export_v1_ExportSubjectRequest, _lethe_export_v1_ExportSubjectRequest__Output>
        SubjectExportService: SubtypeConstructor<typeof grpc.Client, _lethe_export_v1_SubjectExportServiceClient> & { service: _lethe_export_v1_SubjectExportServiceDefinition }
      }
    }
  }
}

