export declare const LIBRARY_QUERIES: string[];
