export function TaskPage() { return <div>TaskPage</div>; }
