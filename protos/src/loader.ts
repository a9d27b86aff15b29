import path from 'node:path';
import fs from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import * as protobuf from 'protobufjs';
import loaderOptionsJson from '../loader-options.json';

/** The package directory: this file runs from src/ (sources) or dist/src/ (compiled). */
const PACKAGE_ROOT = path.resolve(__dirname, path.basename(path.dirname(__dirname)) === 'dist' ? '../..' : '..');

/** Root of every .proto file; import paths in protos are relative to it. */
export const PROTO_ROOT = path.join(PACKAGE_ROOT, 'proto');

/**
 * The one set of proto-loader options. `scripts/gen-types.sh` generates the TypeScript types from
 * the same JSON file, so generated types and runtime objects always agree.
 */
export const PROTO_LOADER_OPTIONS: protoLoader.Options = {
  keepCase: loaderOptionsJson.keepCase,
  longs: loaderOptionsJson.longs === 'String' ? String : Number,
  enums: loaderOptionsJson.enums === 'String' ? String : undefined,
  defaults: loaderOptionsJson.defaults,
  arrays: loaderOptionsJson.arrays,
  objects: loaderOptionsJson.objects,
  oneofs: loaderOptionsJson.oneofs,
  includeDirs: [PROTO_ROOT],
};

/** Every .proto file below PROTO_ROOT, as paths relative to it. */
export function allProtoFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.proto')) files.push(path.relative(PROTO_ROOT, full));
    }
  };
  walk(PROTO_ROOT);
  return files.sort();
}

let packageDefinition: protoLoader.PackageDefinition | undefined;

/** The package definition of all Lethe protos, loaded once per process (servers, clients, reflection). */
export function lethePackageDefinition(): protoLoader.PackageDefinition {
  packageDefinition ??= protoLoader.loadSync(allProtoFiles(), PROTO_LOADER_OPTIONS);
  return packageDefinition;
}

/** The grpc-js object tree of all Lethe protos, typed with a generated `ProtoGrpcType`. */
export function loadGrpcObject<T>(): T {
  return grpc.loadPackageDefinition(lethePackageDefinition()) as unknown as T;
}

let messageRoot: protobuf.Root | undefined;

/** protobufjs root of all Lethe protos, for encoding Kafka event payloads. */
export function messageTypes(): protobuf.Root {
  if (!messageRoot) {
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(PROTO_ROOT, target));
    root.loadSync(allProtoFiles(), { keepCase: loaderOptionsJson.keepCase });
    root.resolveAll();
    messageRoot = root;
  }
  return messageRoot;
}

/** toObject options equal to PROTO_LOADER_OPTIONS, so decoded events look like gRPC messages. */
export const CONVERSION_OPTIONS: protobuf.IConversionOptions = {
  longs: PROTO_LOADER_OPTIONS.longs,
  enums: PROTO_LOADER_OPTIONS.enums,
  defaults: PROTO_LOADER_OPTIONS.defaults,
  arrays: PROTO_LOADER_OPTIONS.arrays,
  objects: PROTO_LOADER_OPTIONS.objects,
  oneofs: PROTO_LOADER_OPTIONS.oneofs,
};
