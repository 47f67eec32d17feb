export function ModelerPage() { return <div>ModelerPage</div>; }
