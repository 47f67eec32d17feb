export function ItemDetailPage() { return <div>ItemDetailPage</div>; }
