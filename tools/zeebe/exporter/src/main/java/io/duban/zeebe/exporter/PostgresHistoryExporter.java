package io.duban.zeebe.exporter;

import io.camunda.zeebe.exporter.api.Exporter;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Context.RecordFilter;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Writes the events Duban's history needs (element instances, jobs, incidents, variables) to
 * PostgreSQL. Records are buffered and written in batches; the exported position moves only after
 * a commit, so a crash re-exports (and the primary key skips) rather than loses.
 *
 * <p>Arguments: {@code url} (JDBC url, required), {@code schema} (default {@code zeebe_history}),
 * {@code batchSize} (default 500), {@code flushMillis} (default 100).
 */
public final class PostgresHistoryExporter implements Exporter {
  private static final Set<ValueType> VALUE_TYPES =
      EnumSet.of(ValueType.PROCESS_INSTANCE, ValueType.JOB, ValueType.INCIDENT, ValueType.VARIABLE);

  private final List<HistoryRow> buffer = new ArrayList<>();
  private Logger log;
  private HistoryTable table;
  private Controller controller;
  private int batchSize;
  private Duration flushInterval;
  private long lastBufferedPosition = -1;

  @Override
  public void configure(final Context context) {
    log = context.getLogger();
    final Map<String, Object> args = context.getConfiguration().getArguments();
    final Object url = args.get("url");
    if (url == null || url.toString().isBlank()) {
      throw new IllegalArgumentException("exporter argument 'url' (a JDBC PostgreSQL url) is required");
    }
    table = new HistoryTable(url.toString(), String.valueOf(args.getOrDefault("schema", "zeebe_history")));
    batchSize = Integer.parseInt(String.valueOf(args.getOrDefault("batchSize", "500")));
    flushInterval = Duration.ofMillis(Long.parseLong(String.valueOf(args.getOrDefault("flushMillis", "100"))));
    context.setFilter(
        new RecordFilter() {
          @Override
          public boolean acceptType(final RecordType recordType) {
            return recordType == RecordType.EVENT;
          }

          @Override
          public boolean acceptValue(final ValueType valueType) {
            return VALUE_TYPES.contains(valueType);
          }
        });
  }

  @Override
  public void open(final Controller controller) {
    this.controller = controller;
    try {
      table.ensureCreated();
    } catch (final Exception e) {
      // Not fatal: the first flush retries, and the broker keeps the records until they are written.
      log.warn("Could not prepare the history table yet: {}", e.getMessage());
    }
    controller.scheduleCancellableTask(flushInterval, this::flushOnSchedule);
  }

  @Override
  public void export(final Record<?> record) {
    // The broker retries a record whose export threw; buffer each position only once.
    if (record.getPosition() > lastBufferedPosition) {
      buffer.add(HistoryRow.of(record));
      lastBufferedPosition = record.getPosition();
    }
    if (buffer.size() >= batchSize) {
      flush(); // throws when the database is down: the broker retries, nothing is acknowledged
    }
  }

  @Override
  public void close() {
    try {
      flush();
    } catch (final RuntimeException e) {
      log.warn("History not flushed on close, it is re-exported on the next start: {}", e.getMessage());
    }
    table.close();
  }

  private void flushOnSchedule() {
    try {
      flush();
    } catch (final RuntimeException e) {
      log.warn("History flush failed, will retry: {}", e.getMessage());
    }
    controller.scheduleCancellableTask(flushInterval, this::flushOnSchedule);
  }

  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    try {
      table.insert(buffer);
    } catch (final Exception e) {
      throw new IllegalStateException("writing " + buffer.size() + " history records failed", e);
    }
    controller.updateLastExportedRecordPosition(lastBufferedPosition);
    buffer.clear();
  }
}
