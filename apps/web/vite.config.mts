import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Run from the workspace root: npx vite build --config apps/web/vite.config.mts
export default defineConfig({
  root: here('.'),
  plugins: [react()],
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
