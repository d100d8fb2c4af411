import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Each bounded context's index.ts (apps/web/src/<context>/index.ts) only re-exports (lint keeps it
 * so). Saying so to the bundler keeps the chunks as they would be with direct imports: otherwise the
 * router, which imports every context's routes through its index, would pull everything the indexes
 * re-export into the entry chunk, and a page importing one function through an index would download
 * the rest of what that index re-exports.
 */
const CONTEXT_INDEX = /[\\/]apps[\\/]web[\\/]src[\\/][a-z-]+[\\/]index\.ts$/;
const contextIndexesOnlyReExport: Plugin = {
  name: 'bussanten:context-indexes-only-re-export',
  transform: (_code, id) => (CONTEXT_INDEX.test(id) ? { moduleSideEffects: false } : null),
};

// Run from the workspace root: npx vite build --config apps/web/vite.config.mts
export default defineConfig({
  root: here('.'),
  plugins: [react(), contextIndexesOnlyReExport],
  resolve: {
    alias: {
      '@bussanten/contracts': here('../../libs/contracts/src/index.ts'),
      '@bussanten/domain': here('../../libs/domain/src/index.ts'),
      '@bussanten/messages': here('../../libs/messages/src/index.ts'),
    },
  },
  build: {
    outDir: here('../../dist/apps/web'),
    emptyOutDir: true,
    // No source maps in the production build: they would publish the UI's whole source next to it.
    // `npm run dev` (Vite's dev server) serves every module with its inline map regardless.
    sourcemap: false,
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: { port: 4300 },
});
