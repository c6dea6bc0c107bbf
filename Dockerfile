# Distribution Hub: build the jar, extract its layers, run it on a JRE as a non-root user.
#   docker build -t distribution-hub .
#   docker run -p 8080:8080 -v hub-data:/opt/hub/data -v hub-config:/opt/hub/config distribution-hub

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
# The tests run in the build pipeline, not in the image build.
RUN ./mvnw -B -q package -DskipTests \
 && cp target/distribution-hub-*.jar app.jar \
 && java -Djarmode=tools -jar app.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system hub \
 && useradd --system --gid hub --home-dir /opt/hub --no-create-home hub \
 && mkdir -p /opt/hub/data /opt/hub/config \
 && chown hub:hub /opt/hub/data /opt/hub/config
WORKDIR /opt/hub
# Least changing layer first, so a new build usually replaces the application layer only. The result is app/app.jar
# with its libraries in app/lib.
COPY --from=build /build/extracted/dependencies/ ./app/
COPY --from=build /build/extracted/spring-boot-loader/ ./app/
COPY --from=build /build/extracted/snapshot-dependencies/ ./app/
COPY --from=build /build/extracted/application/ ./app/
# A class data sharing archive from a training run that stops once the context is refreshed: the hub then starts in
# about 10 s instead of about 14 s on two cores (see the startup benchmark).
RUN java -XX:ArchiveClassesAtExit=app/hub.jsa -Dspring.context.exit=onRefresh \
      -Dspring.datasource.url="jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
      -Dhub.console.admin.password=training-run-only-password -Dhub.erp.file.outbox=/tmp/training-outbox \
      -Dlogging.level.root=warn \
      -jar app/app.jar
# The documented operator configuration; a new named volume starts with it, a bind mount brings its own.
COPY --chown=hub:hub config/application.yml config/application.yml

# The hub listens on 127.0.0.1 only by default (server.address); inside a container it must listen on every
# interface for the published port to reach it. Keep the port unpublished or behind a proxy where that matters.
ENV SERVER_ADDRESS=0.0.0.0 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"

# ./data holds the H2 database (default profile), ./config is read at start (spring.config.import).
VOLUME ["/opt/hub/data", "/opt/hub/config"]
EXPOSE 8080
USER hub

# /actuator/health must stay reachable without a login, on SERVER_PORT (default 8080); the first start also migrates
# the database, hence the long start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${SERVER_PORT:-8080}/actuator/health" || exit 1

ENTRYPOINT ["sh", "-c", "exec java -XX:SharedArchiveFile=app/hub.jsa -Xlog:cds=off $JAVA_OPTS -jar app/app.jar \"$@\"", "hub"]
