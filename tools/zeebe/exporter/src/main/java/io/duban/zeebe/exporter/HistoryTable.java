package io.duban.zeebe.exporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/** The one table the exporter writes: one row per exported record, keyed by partition and log position. */
final class HistoryTable implements AutoCloseable {
  private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final String url;
  private final String schema;
  private Connection connection;
  private boolean prepared;

  HistoryTable(final String url, final String schema) {
    if (!SCHEMA_NAME.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema must match " + SCHEMA_NAME + ", got " + schema);
    }
    this.url = url;
    this.schema = schema;
  }

  /** Creates schema and table when missing; safe to run on every broker (several share one schema). */
  void ensureCreated() throws SQLException {
    if (prepared) {
      return;
    }
    final Connection connection = connection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
      statement.execute(
          "CREATE TABLE IF NOT EXISTS " + schema + ".zeebe_record ("
              + " partition_id int NOT NULL,"
              + " position bigint NOT NULL,"
              + " record_key bigint NOT NULL,"
              + " value_type text NOT NULL,"
              + " intent text NOT NULL,"
              + " process_instance_key bigint,"
              + " ts timestamptz NOT NULL,"
              + " record jsonb NOT NULL,"
              + " CONSTRAINT zeebe_record_pk PRIMARY KEY (partition_id, position))");
      statement.execute(
          "CREATE INDEX IF NOT EXISTS zeebe_record_process_instance_idx ON "
              + schema + ".zeebe_record (process_instance_key, partition_id, position)");
      connection.commit();
      prepared = true;
    } catch (final SQLException e) {
      connection.rollback();
      // Two brokers creating the same schema at once: the loser sees a duplicate and tries again later.
      if (!"23505".equals(e.getSQLState()) && !"42P06".equals(e.getSQLState())) {
        throw e;
      }
    }
  }

  /** Inserts the rows in one transaction; rows already there (a re-export after a restart) are skipped. */
  void insert(final List<HistoryRow> rows) throws SQLException {
    ensureCreated();
    final Connection connection = connection();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO " + schema + ".zeebe_record"
                + " (partition_id, position, record_key, value_type, intent, process_instance_key, ts, record)"
                + " VALUES (?, ?, ?, ?, ?, ?, to_timestamp(? / 1000.0), ?::jsonb)"
                + " ON CONFLICT ON CONSTRAINT zeebe_record_pk DO NOTHING")) {
      for (final HistoryRow row : rows) {
        insert.setInt(1, row.partitionId());
        insert.setLong(2, row.position());
        insert.setLong(3, row.key());
        insert.setString(4, row.valueType());
        insert.setString(5, row.intent());
        if (row.processInstanceKey() > 0) {
          insert.setLong(6, row.processInstanceKey());
        } else {
          insert.setNull(6, Types.BIGINT);
        }
        insert.setLong(7, row.timestamp());
        insert.setString(8, row.json());
        insert.addBatch();
      }
      insert.executeBatch();
      connection.commit();
    } catch (final SQLException e) {
      close(); // a broken connection is reopened on the next attempt
      throw e;
    }
  }

  private Connection connection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      // The driver directly, not DriverManager: the exporter lives in its own class loader.
      connection = new org.postgresql.Driver().connect(url, new Properties());
      if (connection == null) {
        throw new SQLException("not a PostgreSQL JDBC url: " + url);
      }
      connection.setAutoCommit(false);
    }
    return connection;
  }

  @Override
  public void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (final SQLException ignored) {
        // closing a broken connection
      }
      connection = null;
      prepared = false;
    }
  }
}
