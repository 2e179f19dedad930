import { memberSideEndpoints } from './member-side-endpoints';
import { staffSideEndpoints } from './staff-side-endpoints';

/**
 * The inventory of every endpoint of the Member Hub API. Feature work adds its endpoints to its
 * area's file, and the area to the member side or MIP staff's; the OpenAPI document, the mock API
 * and the generated tests follow from here.
 */
export const endpoints = {
  ...memberSideEndpoints,
  ...staffSideEndpoints,
};

export type EndpointName = keyof typeof endpoints;
