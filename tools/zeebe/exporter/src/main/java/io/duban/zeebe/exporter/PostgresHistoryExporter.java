package io.duban.zeebe.exporter;

import io.camunda.zeebe.exporter.api.Exporter;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Context.RecordFilter;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
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
 * <p>A full batch is written on the broker's exporter thread (a failure there makes the broker
 * retry the record: back-pressure). Smaller batches are written by a {@link WallClockFlusher} on
 * wall-clock time, not on the broker's clock: a controlled clock that is pinned or set back (tests)
 * would otherwise hold the history back until broker time catches up.
 *
 * <p>Arguments: {@code url} (JDBC url, required), {@code schema} (default {@code zeebe_history}),
 * {@code batchSize} (default 500), {@code flushMillis} (default 100).
 */
public final class PostgresHistoryExporter implements Exporter {
  private static final Set<ValueType> VALUE_TYPES =
      EnumSet.of(ValueType.PROCESS_INSTANCE, ValueType.JOB, ValueType.INCIDENT, ValueType.VARIABLE);

  /** Guarded by {@code this}: the exporter thread appends, the flusher thread drains. */
  private final List<HistoryRow> buffer = new ArrayList<>();
  private Logger log;
  private HistoryTable table;
  private Controller controller;
  private WallClockFlusher flusher;
  private int partitionId;
  private int batchSize;
  private long flushMillis;
  private long lastBufferedPosition = -1;

  @Override
  public void configure(final Context context) {
    log = context.getLogger();
    partitionId = context.getPartitionId();
    final Map<String, Object> args = context.getConfiguration().getArguments();
    final Object url = args.get("url");
    if (url == null || url.toString().isBlank()) {
      throw new IllegalArgumentException("exporter argument 'url' (a JDBC PostgreSQL url) is required");
    }
    table = new HistoryTable(url.toString(), String.valueOf(args.getOrDefault("schema", "zeebe_history")));
    batchSize = Integer.parseInt(String.valueOf(args.getOrDefault("batchSize", "500")));
    flushMillis = Long.parseLong(String.valueOf(args.getOrDefault("flushMillis", "100")));
    if (batchSize < 1 || flushMillis < 1) {
      throw new IllegalArgumentException("batchSize and flushMillis must be positive");
    }
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
    synchronized (this) {
      try {
        table.ensureCreated();
      } catch (final Exception e) {
        // Not fatal: the first flush retries, and the broker keeps the records until they are written.
        log.warn("Could not prepare the history table yet: {}", e.getMessage());
      }
    }
    flusher = new WallClockFlusher("duban-history-flush-" + partitionId, flushMillis, this::flush, log);
    flusher.start();
  }

  @Override
  public void export(final Record<?> record) {
    synchronized (this) {
      // The broker retries a record whose export threw; buffer each position only once.
      if (record.getPosition() > lastBufferedPosition) {
        buffer.add(HistoryRow.of(record));
        lastBufferedPosition = record.getPosition();
      }
      if (buffer.size() >= batchSize) {
        flush(); // throws when the database is down: the broker retries, nothing is acknowledged
      }
    }
  }

  @Override
  public void close() {
    if (flusher != null) {
      flusher.stop();
    }
    try {
      flush();
    } catch (final RuntimeException e) {
      log.warn("History not flushed on close, it is re-exported on the next start: {}", e.getMessage());
    }
    synchronized (this) {
      table.close();
    }
  }

  /** Writes the buffer in one transaction, then lets the broker drop what it holds up to there. */
  private synchronized void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    try {
      table.insert(buffer);
    } catch (final Exception e) {
      throw new IllegalStateException("writing " + buffer.size() + " history records failed", e);
    }
    // Safe from any thread: the broker runs it on the exporter's actor, in submission order.
    controller.updateLastExportedRecordPosition(lastBufferedPosition);
    buffer.clear();
  }
}
