/**
 * Errors shaped like OfficeExtension.Error: a stable `code` (not localised), a message and
 * debugInfo. Codes are the ones Excel documents (Excel.ErrorCodes, OfficeExtension.ErrorCodes).
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}`);
}

export function invalidArgument(why: string, where?: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. ${why}`, where);
}

export function payloadTooLarge(which: "Request" | "Response", bytes: number): FakeOfficeError {
  return new FakeOfficeError(
    `${which}PayloadSizeLimitExceeded`,
    `The ${which.toLowerCase()} payload size has exceeded the limit (${bytes} bytes).`,
  );
}
