import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Crux needs only to read the page it is opened on and to remember small per-site choices.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifest: {
    name: 'Crux',
    permissions: ['storage', 'tabs'],
    action: { default_title: 'Crux: who matters, who demands what' },
    browser_specific_settings: { gecko: { id: 'crux@crux-reader.example' } },
  },
  vite: () => ({ plugins: [preact()] }),
});
