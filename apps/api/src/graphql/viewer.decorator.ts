import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '#libs/errors';
import type { Viewer } from '#libs/identity';

/** The request as the API sees it: the authenticated viewer is attached by the auth guard. */
export interface ApiRequest {
  headers: Record<string, string | string[] | undefined>;
  viewer?: Viewer;
  id?: unknown;
  /** The client's address: the connecting peer, or X-Forwarded-For's as far as TRUST_PROXY allows. */
  ip?: string;
}

export interface GraphqlContext {
  req: ApiRequest;
}

export const PUBLIC_KEY = 'confer:public';
/** Opens a resolver or route to anonymous callers; everything else requires a signed-in member. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

export function requestOf(context: ExecutionContext): ApiRequest {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<GraphqlContext>().req
    : context.switchToHttp().getRequest<ApiRequest>();
}

/** The signed-in member; on a resolver that is not @Public the guard has already made sure there is one. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestOf(context).viewer;
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
});
