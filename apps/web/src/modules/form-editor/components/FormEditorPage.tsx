export function FormEditorPage() { return <div>FormEditorPage</div>; }
