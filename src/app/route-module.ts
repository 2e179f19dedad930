import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject, ShouldRevalidateFunction } from 'react-router';
import { isApiError } from '@/api/api-error';
import { signInRedirect } from '@/api/sign-in-redirect';

/** A loader that needs the app's query cache, which the router hands it (no singleton). */
export type ClientLoader = (queryClient: QueryClient) => LoaderFunction;

/** What a file in `routes/` exports. */
export interface RouteModule {
  clientLoader?: ClientLoader;
  shouldRevalidate?: ShouldRevalidateFunction;
  Component?: ComponentType;
  ErrorBoundary?: ComponentType;
}

/**
 * Turns a route module's dynamic import into React Router's `lazy`, so every route is its own
 * chunk, and binds its loader to the query cache.
 */
export function lazyRoute(queryClient: QueryClient, load: () => Promise<RouteModule>): RouteObject['lazy'] {
  return async () => {
    const { clientLoader, shouldRevalidate, Component, ErrorBoundary } = await load();
    return {
      ...(clientLoader && { loader: signInOnExpiry(queryClient, clientLoader(queryClient)) }),
      ...(shouldRevalidate && { shouldRevalidate }),
      ...(Component && { Component }),
      ...(ErrorBoundary && { ErrorBoundary }),
    };
  };
}

/** The page of a route whose loader is on the route itself: it may not bring a second one. */
export type PageModule = RouteModule & { clientLoader?: never };

/**
 * A route whose loader is in the first file and whose page, if it has one, is its own chunk: React
 * Router runs a route's own loader while its `lazy` part loads, so the data starts with the code,
 * not after it. For the routes a phone opens first (decision 043); their page modules export no
 * loader (the type refuses one, which would be a second).
 */
export function routeWithEarlyLoader(
  queryClient: QueryClient,
  clientLoader: ClientLoader,
  load?: () => Promise<PageModule>,
): Pick<RouteObject, 'loader' | 'lazy'> {
  const loader = signInOnExpiry(queryClient, clientLoader(queryClient));
  return load ? { loader, lazy: lazyRoute(queryClient, load) } : { loader };
}

/**
 * A 401 that reaches a loader means no session: the sign-in-again dialog (which the fetch client
 * asks first) only exists once the first page is up, so a session that ends while the first page
 * loads would otherwise leave "This page couldn't be loaded". Like a session found expired by
 * `requireSession`, it goes to the sign-in page, which brings the person back here.
 */
function signInOnExpiry(queryClient: QueryClient, loader: LoaderFunction): LoaderFunction {
  return async (args, handlerContext) => {
    try {
      return await loader(args, handlerContext);
    } catch (error) {
      if (isApiError(error) && error.status === 401) throw signInRedirect(queryClient, args.request);
      throw error;
    }
  };
}
