import { defineConfig } from 'vitest/config';

// No @vitejs/plugin-react: Vite's built-in transform compiles TSX with the automatic
// runtime ("jsx": "react-jsx" in tsconfig). We lose Fast Refresh in `npm run dev`, nothing else.
export default defineConfig({
  // The translations live in ../config/i18n so the C++ server can read the same files.
  server: {
    fs: { allow: ['..'] },
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
