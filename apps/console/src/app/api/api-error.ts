/** The gateway's error body: `{ statusCode, error, message }` (message may be a list from validation). */
interface ErrorBody {
  statusCode?: number;
  error?: string;
  message?: string | string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(response: Response, body: unknown): ApiError {
    const { message, error } = (body ?? {}) as ErrorBody;
    const text = Array.isArray(message)
      ? message.join('; ')
      : (message ??
        error ??
        (response.statusText || `HTTP ${response.status}`));
    return new ApiError(response.status, text);
  }
}

/** Turns an openapi-fetch result into its data, or throws an ApiError carrying the server's message. */
export function unwrap<T>(result: {
  data?: T;
  error?: unknown;
  response: Response;
}): T {
  if (!result.response.ok || result.error !== undefined) {
    throw ApiError.from(result.response, result.error);
  }
  return result.data as T;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    return err.message;
  }
  return String(err);
}
