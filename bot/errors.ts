/**
 * Typed errors with stable codes. The turn's error handler maps a code to a localized,
 * user-safe message; logs carry the code and a correlation id, never the user's text.
 */
export type ErrorCode =
  | "STORE_UNAVAILABLE"
  | "CONFLICT"
  | "NOT_FOUND"
  | "NOT_ALLOWED"
  | "INVALID_INPUT"
  | "TENANT_NOT_ALLOWED"
  | "NOT_SET_UP"
  | "INTERNAL";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Developer detail for logs; must not contain personal data. */
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${detail}`, options);
    this.name = "AppError";
  }
}

/**
 * Also true for an AppError of another copy of this module: the local host's own modules run beside
 * the app's bundle (functions/local/shipped-app.ts), whose errors are not instances of their class.
 */
export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  const isOne = error instanceof AppError || (error instanceof Error && error.name === "AppError" && "code" in error);
  return isOne && (code === undefined || (error as AppError).code === code);
}
