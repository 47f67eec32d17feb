# syntax=docker/dockerfile:1
# The official Zeebe broker image plus Duban's history exporter (tools/zeebe/exporter), which writes the records
# the adapter reads (element instances, jobs, incidents, variables) to PostgreSQL.

FROM maven:3.9-eclipse-temurin-21 AS exporter
WORKDIR /build
COPY tools/zeebe/exporter/ ./
RUN mvn -B -q package -Dexporter.buildDir=/build/target

# Keep in step with ZEEBE_VERSION in tools/zeebe/src/zeebe-version.ts.
FROM camunda/zeebe:8.6.0 AS runtime
COPY --from=exporter --chown=1001:0 /build/target/duban-zeebe-history-exporter-1.0.0.jar /usr/local/zeebe/exporters/
# The image's own unprivileged user (uid 1001), stated again so this file shows it.
USER 1001:1001
