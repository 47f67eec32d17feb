/** Resolving the incidents of ended element instances (flush) looks them up by element instance. */
export const migration002 = `
create index incident_active_ei_idx on incident (element_instance_key) where state = 'ACTIVE';
`;
