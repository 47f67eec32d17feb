package io.duban.zeebe.exporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRelated;

/** One exported record, copied out of the broker's reusable buffers. */
record HistoryRow(
    int partitionId,
    long position,
    long key,
    String valueType,
    String intent,
    long processInstanceKey,
    long timestamp,
    String json) {

  static HistoryRow of(final Record<?> record) {
    final long processInstanceKey =
        record.getValue() instanceof final ProcessInstanceRelated related
            ? related.getProcessInstanceKey()
            : -1;
    return new HistoryRow(
        record.getPartitionId(),
        record.getPosition(),
        record.getKey(),
        record.getValueType().name(),
        record.getIntent().name(),
        processInstanceKey,
        record.getTimestamp(),
        record.toJson());
  }
}
