/**
 * Indexes follow the reads. Nothing reads job events by job (each insert paid for that index); variables are read by
 * process instance (history), never by root.
 */
export const migration005 = `
drop index job_event_job_idx;
drop index variable_root_idx;
create index variable_pi_idx on variable (process_instance_key);
`;
