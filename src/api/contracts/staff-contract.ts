/**
 * The schemas of MIP staff's endpoints, loaded by the fetch client with a staff endpoint's first
 * request: a member's phone never downloads them (decision 036). The chunk's name (`staff-…`)
 * is how the size budget counts it as the workbench's.
 */
export { staffSideEndpoints } from './staff-side-endpoints';
