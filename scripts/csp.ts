import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy the built app is served with (by `vite preview`; hosts copy it, see
 * docs/hosting.md). No inline script and no eval; connections only to this origin and the
 * configured API. Styles allow 'unsafe-inline' because the dialog's scroll lock (Radix) inserts
 * <style> elements at run time whose content varies (scrollbar width), so no hash can name them; inline CSS cannot run code (docs/decisions/005-content-security-policy.md).
 */
export function contentSecurityPolicy(apiUrl: string): string {
  const connect = ["'self'", apiUrl && new URL(apiUrl).origin].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Where a build writes the policy it needs, in the `_headers` format that Netlify and Cloudflare
 * Pages read, so whoever serves the build sends the policy of the API it was built for, whatever
 * the serving shell's environment says.
 */
export const HEADERS_FILE = '_headers';

export function headersFileText(policy: string): string {
  return `/*\n  Content-Security-Policy: ${policy}\n`;
}

export function policyOfHeadersFile(text: string): string | null {
  return /^\s+Content-Security-Policy:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? null;
}

/**
 * Writes `_headers` into every build, and makes `vite preview` send the policy it finds there
 * (for the `--outDir` being served) with every answer.
 */
export function contentSecurityPolicyFromBuild(apiUrl: string): Plugin {
  return {
    name: 'content-security-policy-from-build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: headersFileText(contentSecurityPolicy(apiUrl)) });
    },
    configurePreviewServer(server) {
      const file = path.resolve(server.config.root, server.config.build.outDir, HEADERS_FILE);
      const policy = existsSync(file) ? policyOfHeadersFile(readFileSync(file, 'utf8')) : null;
      if (!policy) throw new Error(`${file} has no Content-Security-Policy: build the app again (npm run build).`);
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}
