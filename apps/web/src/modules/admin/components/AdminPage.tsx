export function AdminPage() { return <div>AdminPage</div>; }
