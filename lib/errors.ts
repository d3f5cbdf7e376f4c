// Coded errors thrown by the data layer; lib/api/errors.ts turns them into safe messages and statuses.
export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "TOO_LARGE" | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, string[]>,
    // For RATE_LIMITED: how long until a new attempt is allowed.
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthenticated = (message = "Sign in to continue.") => new AppError("UNAUTHENTICATED", message);
export const forbidden = (message = "You do not have permission to do this.") => new AppError("FORBIDDEN", message);
export const notFound = (what = "This record") => new AppError("NOT_FOUND", `${what} does not exist or you cannot see it.`);
export const conflict = (message = "Someone else changed this record meanwhile. Reload it and apply your change again.") =>
  new AppError("CONFLICT", message);
export const invalid = (message: string, details?: Record<string, string[]>) => new AppError("INVALID", message, details);
export const tooLarge = (message: string) => new AppError("TOO_LARGE", message);
export const rateLimited = (message: string, retryAfterMs?: number) => new AppError("RATE_LIMITED", message, undefined, retryAfterMs);
