/** value → label of every option (select, radio, checklist …) in a form-js schema, nested components included. */
export function optionLabels(schema: { components?: unknown[] } | null | undefined): Map<string, string> {
  const labels = new Map<string, string>();
  const visit = (components: unknown[] | undefined) => {
    for (const c of components ?? []) {
      const component = c as { values?: { value?: unknown; label?: unknown }[]; components?: unknown[] };
      for (const option of component.values ?? []) {
        if (typeof option.value === 'string' && typeof option.label === 'string' && !labels.has(option.value)) labels.set(option.value, option.label);
      }
      visit(component.components);
    }
  };
  visit(schema?.components);
  return labels;
}
