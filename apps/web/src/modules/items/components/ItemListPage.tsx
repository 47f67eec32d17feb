export function ItemListPage() { return <div>ItemListPage</div>; }
