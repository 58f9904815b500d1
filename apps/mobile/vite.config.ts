import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    // The workspace root hoists another React copy for other packages; bundle exactly one.
    dedupe: ['react', 'react-dom'],
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 3,
            },
            {
              name: 'antd-mobile',
              test: /node_modules[\\/](antd-mobile|rc-[^\\/]+|@react-spring|@floating-ui)[\\/]/,
              priority: 2,
            },
            // jsqr (the counter's QR decoder) stays in its own lazily loaded chunk, not in every page's vendor
            { name: 'vendor', test: /node_modules[\\/](?!jsqr[\\/])/, priority: 1 },
          ],
        },
      },
    },
  },
});
