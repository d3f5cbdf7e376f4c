// Client-safe JSON fetch for React Query: throws ApiError with the server's code and message.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type ErrorBody = { error?: { code?: string; message?: string; details?: Record<string, string[]> } };

/** Sends `body` as JSON, or as multipart/form-data when it is a FormData (file uploads). */
export async function fetchJson<T>(url: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const body = init?.body;
  const response = await fetch(url, {
    method: init?.method ?? "GET",
    headers: body === undefined || body instanceof FormData ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  const payload: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = (payload as ErrorBody).error;
    throw new ApiError(response.status, error?.code ?? "INTERNAL", error?.message ?? response.statusText, error?.details);
  }
  return payload as T;
}
