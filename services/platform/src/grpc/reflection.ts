import path from 'node:path';
import type { PackageDefinition } from '@grpc/proto-loader';

/*
 * proto-loader describes each proto package as one synthetic file (e.g. `lethe_session_v1.proto`)
 * and leaves the files' `dependency` lists empty. @grpc/reflection 1.0.x serves those descriptors
 * as they are, so a client that links descriptors (grpcurl describe/invoke) cannot resolve types
 * imported from another package (grpc/grpc-node#3018). `withFileDependencies` fills the lists in,
 * and writes what else protobufjs describes unlike protoc (reserved ranges) the way protoc does.
 */

interface FieldDescriptor {
  name?: string;
  typeName?: string;
  extendee?: string;
}
interface MessageDescriptor {
  name?: string;
  reservedRange?: { start?: number; end?: number }[];
  options?: { mapEntry?: boolean };
  field?: FieldDescriptor[];
  extension?: FieldDescriptor[];
  nestedType?: MessageDescriptor[];
  enumType?: { name?: string }[];
}
interface FileDescriptor {
  name?: string;
  package?: string;
  dependency?: string[];
  messageType?: MessageDescriptor[];
  enumType?: { name?: string }[];
  extension?: FieldDescriptor[];
  service?: { method?: { inputType?: string; outputType?: string }[] }[];
}
interface FileDescriptorCodec {
  decode(bytes: Uint8Array): FileDescriptor;
  encode(file: FileDescriptor): { finish(): Uint8Array };
}

let codec: FileDescriptorCodec | undefined;

/**
 * protobufjs's FileDescriptorProto codec, from the protobufjs proto-loader itself uses (it is not a
 * direct dependency of this package, and must match the one that produced the descriptors).
 */
export function fileDescriptorCodec(): FileDescriptorCodec {
  if (!codec) {
    const descriptorModule = require.resolve('protobufjs/ext/descriptor', { paths: [path.dirname(require.resolve('@grpc/proto-loader'))] });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at runtime from proto-loader's own dependency
    codec = (require(descriptorModule) as { FileDescriptorProto: FileDescriptorCodec }).FileDescriptorProto;
  }
  return codec;
}

/** A copy of the package definition whose file descriptors name the files they import from. */
export function withFileDependencies(definition: PackageDefinition): PackageDefinition {
  const descriptors = fileDescriptorCodec();
  const files = new Map<string, FileDescriptor>();
  for (const entry of Object.values(definition)) {
    const protos = (entry as { fileDescriptorProtos?: unknown }).fileDescriptorProtos;
    if (!Array.isArray(protos)) continue;
    for (const bytes of protos as Uint8Array[]) {
      const file = descriptors.decode(bytes);
      if (file.name && !files.has(file.name)) files.set(file.name, file);
    }
  }

  const ownerOf = new Map<string, string>();
  for (const [fileName, file] of files) {
    const addMessage = (scope: string, message: MessageDescriptor) => {
      const name = `${scope}.${message.name}`;
      ownerOf.set(name, fileName);
      for (const nested of message.nestedType ?? []) addMessage(name, nested);
      for (const nestedEnum of message.enumType ?? []) ownerOf.set(`${name}.${nestedEnum.name}`, fileName);
    };
    const scope = file.package ? `.${file.package}` : '';
    for (const message of file.messageType ?? []) addMessage(scope, message);
    for (const fileEnum of file.enumType ?? []) ownerOf.set(`${scope}.${fileEnum.name}`, fileName);
  }

  for (const [fileName, file] of files) {
    const dependencies = new Set(file.dependency ?? []);
    // protobufjs writes references as they stand in the .proto (`common.v1.PageRequest` inside
    // package lethe.candidates.v1): resolve them the way protoc does, innermost scope first, and
    // store them fully qualified so clients need no scope rules of their own.
    const packageScopes = (file.package ?? '').split('.').filter(Boolean);
    const resolve = (typeName: string | undefined, scopes: string[]): string | undefined => {
      if (!typeName || typeName.startsWith('.')) return typeName;
      for (let depth = scopes.length; depth >= 0; depth--) {
        const candidate = `.${[...scopes.slice(0, depth), typeName].join('.')}`;
        if (ownerOf.has(candidate)) return candidate;
      }
      return typeName;
    };
    const refer = (typeName: string | undefined, scopes = packageScopes): string | undefined => {
      const resolved = resolve(typeName, scopes);
      const owner = resolved && ownerOf.get(resolved);
      if (owner && owner !== fileName) dependencies.add(owner);
      return resolved;
    };
    const visitField = (field: FieldDescriptor, scopes = packageScopes) => {
      // Only names that were set: assigning an unset one would encode it as present and empty.
      if (field.typeName) field.typeName = refer(field.typeName, scopes);
      if (field.extendee) field.extendee = refer(field.extendee, scopes);
    };
    const visit = (message: MessageDescriptor, outer: string[]) => {
      const scopes = [...outer, message.name ?? ''];
      // protobufjs writes a reserved range's end inclusive (`reserved 3` as 3 to 3); protoc's is exclusive.
      for (const range of message.reservedRange ?? []) range.end = (range.end ?? range.start ?? 0) + 1;
      // protobufjs names a map's entry type after the field ("CustomFields"); protoc, and clients
      // that check it, expect "CustomFieldsEntry".
      for (const entry of (message.nestedType ?? []).filter((nested) => nested.options?.mapEntry)) {
        const field = message.field?.find((candidate) => candidate.typeName === entry.name || candidate.typeName?.endsWith(`.${entry.name}`));
        if (field?.name) {
          const name = `${field.name.charAt(0).toUpperCase()}${field.name.slice(1).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Entry`;
          ownerOf.set(`.${[...scopes, name].join('.')}`, fileName);
          entry.name = name;
          field.typeName = `.${[...scopes, name].join('.')}`;
        }
      }
      for (const field of [...(message.field ?? []), ...(message.extension ?? [])]) visitField(field, scopes);
      for (const nested of message.nestedType ?? []) visit(nested, scopes);
    };
    for (const message of file.messageType ?? []) visit(message, packageScopes);
    for (const extension of file.extension ?? []) visitField(extension);
    for (const service of file.service ?? []) {
      for (const method of service.method ?? []) {
        if (method.inputType) method.inputType = refer(method.inputType);
        if (method.outputType) method.outputType = refer(method.outputType);
      }
    }
    file.dependency = [...dependencies].sort();
  }

  const encoded = [...files.values()].map((file) => Buffer.from(descriptors.encode(file).finish()));
  return Object.fromEntries(
    Object.entries(definition).map(([name, entry]) => [name, 'fileDescriptorProtos' in entry ? { ...entry, fileDescriptorProtos: encoded } : entry]),
  ) as PackageDefinition;
}
