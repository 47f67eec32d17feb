export function RegisterItemPage() { return <div>RegisterItemPage</div>; }
