/** Red when overdue, yellow close to the limit (threshold per tenant), green otherwise; null without a limit. */
export type Light = 'green' | 'yellow' | 'red';
export const LIGHTS: Light[] = ['red', 'yellow', 'green'];
