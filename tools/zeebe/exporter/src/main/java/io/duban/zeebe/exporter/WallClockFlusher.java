package io.duban.zeebe.exporter;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * Runs a flush every {@code intervalMillis} of wall-clock time on a daemon thread of its own. The
 * broker's own timers ({@code Controller.scheduleCancellableTask}) follow its clock, which tests
 * pin and move back. After a failure it backs off (doubling, up to 5 s) and logs once per outage.
 */
final class WallClockFlusher {
  private static final long MAX_BACK_OFF_MILLIS = 5_000;

  private final ScheduledExecutorService executor;
  private final long intervalMillis;
  private final Runnable flush;
  private final Logger log;
  private long backOffMillis;
  private long nextAttemptNanos;

  WallClockFlusher(final String threadName, final long intervalMillis, final Runnable flush, final Logger log) {
    this.intervalMillis = intervalMillis;
    this.flush = flush;
    this.log = log;
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              final Thread thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              return thread;
            });
  }

  void start() {
    executor.scheduleWithFixedDelay(this::tick, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  /** Stops ticking and waits for a flush in progress; the caller flushes the rest itself. */
  void stop() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (final InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private void tick() {
    if (System.nanoTime() < nextAttemptNanos) {
      return;
    }
    try {
      flush.run();
      if (backOffMillis > 0) {
        log.info("History flush works again");
      }
      backOffMillis = 0;
    } catch (final RuntimeException e) {
      if (backOffMillis == 0) {
        log.warn("History flush failed, retrying with back-off: {}", e.getMessage());
      }
      backOffMillis = Math.min(MAX_BACK_OFF_MILLIS, Math.max(intervalMillis, backOffMillis * 2));
      nextAttemptNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backOffMillis);
    }
  }
}
