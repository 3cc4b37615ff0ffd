/** Excel on the web rejects a request (or a response) over 5 MB. */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

/** Default budget per request: a fifth below the limit, for what the estimate cannot see. */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
