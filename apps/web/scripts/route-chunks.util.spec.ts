import { describe, expect, it } from 'vitest';
import { routeFiles, type Manifest } from './route-chunks.util';

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'], dynamicImports: ['src/Inbox.tsx', 'src/Modeler.tsx'] },
  '_react.js': { file: 'assets/react.js' },
  '_antd.js': { file: 'assets/antd.js', imports: ['_react.js'] },
  'src/Inbox.tsx': { file: 'assets/Inbox.js', isDynamicEntry: true, imports: ['_antd.js'], dynamicImports: ['src/Dialog.tsx'] },
  'src/Dialog.tsx': { file: 'assets/Dialog.js', isDynamicEntry: true, imports: ['_form.js'] },
  '_form.js': { file: 'assets/form.js', css: ['assets/form.css'] },
  'src/Modeler.tsx': { file: 'assets/Modeler.js', isDynamicEntry: true, imports: ['_bpmn.js'] },
  '_bpmn.js': { file: 'assets/bpmn.js' },
};

describe('routeFiles', () => {
  it('follows static imports transitively and leaves dynamic ones out', () => {
    expect(routeFiles(manifest, ['index.html', 'src/Inbox.tsx'])).toEqual([
      'assets/Inbox.js',
      'assets/antd.js',
      'assets/index.js',
      'assets/react.js',
    ]);
  });

  it('fails loudly when a route is not in the manifest (renamed file)', () => {
    expect(() => routeFiles(manifest, ['src/Missing.tsx'])).toThrow(/no chunk "src\/Missing.tsx"/);
  });
});
