// Duban's element templates (libs/workers/element-templates, generated from the workers' catalogue), bundled
// into the modeler's chunk only, so an administrator picks 计算时限 instead of typing header names.
const modules = import.meta.glob<unknown>('../../../../../../libs/workers/element-templates/*.json', { eager: true, import: 'default' });

export const DUBAN_ELEMENT_TEMPLATES: unknown[] = Object.keys(modules)
  .sort()
  .map((path) => modules[path]);
