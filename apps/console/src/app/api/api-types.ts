import type { paths } from './schema';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Operation<P extends keyof paths, M extends Method> = NonNullable<
  paths[P][M]
>;
type JsonContent<R> = R extends { content: { 'application/json': infer T } }
  ? T
  : never;
type SuccessResponses<O> = O extends { responses: infer R }
  ? R[Extract<keyof R, 200 | 201 | 202 | '200' | '201' | '202'>]
  : never;

/** The JSON body of an operation's 200/201/202 response, read from the generated schema. */
export type ResponseBody<P extends keyof paths, M extends Method> = JsonContent<
  SuccessResponses<Operation<P, M>>
>;

/** The JSON request body of an operation, read from the generated schema. */
export type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B }
    ? JsonContent<NonNullable<B>>
    : never;

/** The query parameters of an operation, read from the generated schema. */
export type QueryParams<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } }
    ? NonNullable<Q>
    : never;
