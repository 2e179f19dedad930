import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject } from 'react-router';

/** A loader that needs the app's query cache, which the router hands it (no singleton). */
export type ClientLoader = (queryClient: QueryClient) => LoaderFunction;

/** What a file in `routes/` exports. */
export interface RouteModule {
  clientLoader?: ClientLoader;
  Component?: ComponentType;
  ErrorBoundary?: ComponentType;
}

/**
 * Turns a route module's dynamic import into React Router's `lazy`, so every route is its own
 * chunk, and binds its loader to the query cache.
 */
export function lazyRoute(queryClient: QueryClient, load: () => Promise<RouteModule>): RouteObject['lazy'] {
  return async () => {
    const { clientLoader, Component, ErrorBoundary } = await load();
    return {
      ...(clientLoader && { loader: clientLoader(queryClient) }),
      ...(Component && { Component }),
      ...(ErrorBoundary && { ErrorBoundary }),
    };
  };
}
