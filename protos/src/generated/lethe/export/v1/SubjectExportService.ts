// Original file: proto/lethe/export/v1/subject_export.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ExportSubjectChunk as _lethe_export_v1_ExportSubjectChunk, ExportSubjectChunk__Output as _lethe_export_v1_ExportSubjectChunk__Output } from '../../../lethe/export/v1/ExportSubjectChunk';
import type { ExportSubjectRequest as _lethe_export_v1_ExportSubjectRequest, ExportSubjectRequest__Output as _lethe_export_v1_ExportSubjectRequest__Output } from '../../../lethe/export/v1/ExportSubjectRequest';

export interface SubjectExportServiceClient extends grpc.Client {
  ExportSubject(argument: _lethe_export_v1_ExportSubjectRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_export_v1_ExportSubjectChunk__Output>;
  ExportSubject(argument: _lethe_export_v1_ExportSubjectRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_export_v1_ExportSubjectChunk__Output>;
  exportSubject(argument: _lethe_export_v1_ExportSubjectRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_export_v1_ExportSubjectChunk__Output>;
  exportSubject(argument: _lethe_export_v1_ExportSubjectRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_export_v1_ExportSubjectChunk__Output>;
  
}

export interface SubjectExportServiceHandlers extends grpc.UntypedServiceImplementation {
  ExportSubject: grpc.handleServerStreamingCall<_lethe_export_v1_ExportSubjectRequest__Output, _lethe_export_v1_ExportSubjectChunk>;
  
}

export interface SubjectExportServiceDefinition extends grpc.ServiceDefinition {
  ExportSubject: MethodDefinition<_lethe_export_v1_ExportSubjectRequest, _lethe_export_v1_ExportSubjectChunk, _lethe_export_v1_ExportSubjectRequest__Output, _lethe_export_v1_ExportSubjectChunk__Output>
}
