/** Largest gRPC message servers and clients accept; file uploads stream in smaller chunks. */
export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
