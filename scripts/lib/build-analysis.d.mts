/** Types for build-analysis.mjs (plain JavaScript, shared by the node scripts and tests/build). */
export interface MockMarker {
  name: string;
  test: (text: string) => boolean;
}
export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  markers: string[];
  /** `staff`: reached only from MIP staff's routes (src/app/routes/staff-*.tsx). */
  kind: 'initial' | 'mock' | 'other' | 'staff';
}
export interface Build {
  dir: string;
  chunks: Chunk[];
  files: { file: string; markers: string[] }[];
  entry: string[];
  preloaded: string[];
}
export declare const MOCK_MARKERS: MockMarker[];
export declare function mockMarkersIn(text: string): string[];
export declare function analyzeBuild(dir: string): Build;
export declare function kib(bytes: number): string;
export declare function sizeSummary(build: Build): {
  initialGzip: number;
  totalGzip: number;
  memberGzip: number;
  staffGzip: number;
  mockGzip: number;
  chunkCount: number;
};
