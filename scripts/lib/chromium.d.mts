/** Types for chromium.mjs. */
export declare const CHROME_PATH: string;
export declare const CHROMIUM_FLAGS: string[];
