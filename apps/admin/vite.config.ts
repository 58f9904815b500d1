import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const ANTD_NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*'antd';/g;

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter, index: number) => `${index ? '-' : ''}${letter.toLowerCase()}`);
}

/**
 * `import { Button, type FormInstance } from 'antd'` → `import Button from 'antd/es/button'` (+ the type import).
 * Through the barrel, every antd component a lazy page uses is reachable from the entry, so the bundler
 * puts it in the initial chunk; per-component imports keep the initial bundle to what the shell uses.
 */
function antdPerComponentImports(): Plugin {
  return {
    name: 'houqin:antd-per-component-imports',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.+\.tsx?$/.test(id) || !code.includes("from 'antd'")) return null;
      return code.replace(ANTD_NAMED_IMPORT, (_statement, list: string) => {
        const specifiers = list
          .split(',')
          .map((specifier) => specifier.trim())
          .filter(Boolean);
        const types = specifiers.filter((specifier) => specifier.startsWith('type '));
        const lines = specifiers
          .filter((specifier) => !specifier.startsWith('type '))
          .map((specifier) => {
            const [name = specifier, local = name] = specifier.split(/\s+as\s+/);
            return `import ${local} from 'antd/es/${kebab(name)}';`;
          });
        if (types.length > 0) lines.push(`import { ${types.join(', ')} } from 'antd';`);
        return lines.join('\n');
      });
    },
  };
}

export default defineConfig({
  base: '/admin/',
  plugins: [antdPerComponentImports(), react()],
  resolve: {
    // The workspace root hoists React 18 for other packages; antd and friends must share this app's React 19.
    dedupe: ['react', 'react-dom'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    port: 5174,
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    port: 4174,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
