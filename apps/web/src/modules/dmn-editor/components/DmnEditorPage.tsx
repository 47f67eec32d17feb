export function DmnEditorPage() { return <div>DmnEditorPage</div>; }
