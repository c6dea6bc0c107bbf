package org.distributionhub.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Time from {@code java -jar} to ready (readiness probe answers UP) and resident memory when idle, on the embedded
 * defaults in a fresh working folder: the first start (migrations run) and two restarts, for the packaged jar as it
 * is and for the jar extracted with a class data sharing archive from a training run (what the container image does).
 * Run with {@code ./mvnw -Pbenchmarks verify}; figures go to target/benchmarks/startup.txt.
 */
class StartupBenchmark {

	private static final Path REPORT = Path.of("target", "benchmarks", "startup.txt");
	private static final int PORT = 18_181;

	@Test
	void startupTimeAndIdleMemory() throws Exception {
		Path jar = findJar();
		Path workdir = Files.createDirectories(Path.of("target", "benchmarks", "startup-" + System.currentTimeMillis()));
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, "Startup of " + jar.getFileName() + " on " + Runtime.getRuntime().availableProcessors()
				+ " cores, " + Instant.now() + "\n");
		Path cds = Files.createDirectories(workdir.resolve("cds"));
		Path extracted = extractWithArchive(jar, cds);
		for (int run = 1; run <= 3; run++) {
			String label = run == 1 ? "first start" : "restart " + (run - 1);
			measure(List.of("-jar", jar.toAbsolutePath().toString()), Files.createDirectories(workdir.resolve("plain")),
					"java -jar, " + label);
			measure(List.of("-XX:SharedArchiveFile=app/hub.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar",
					extracted.toString()), cds, "java -jar with CDS archive, " + label);
		}
	}

	/** Extracts the jar and records a class data sharing archive in a training run that stops after refresh. */
	private static Path extractWithArchive(Path jar, Path folder) throws Exception {
		run(folder, List.of("-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
				"app"));
		Path extracted = Path.of("app").resolve(jar.getFileName());
		var training = Files.createDirectories(folder.resolve("training"));
		run(folder, List.of("-XX:ArchiveClassesAtExit=app/hub.jsa", "-Dspring.context.exit=onRefresh",
				"-Dspring.datasource.url=jdbc:h2:file:" + training.toAbsolutePath() + "/hub;MODE=PostgreSQL",
				"-Dhub.console.admin.password=startup-benchmark-secret", "-jar", extracted.toString()));
		return extracted;
	}

	private static void run(Path folder, List<String> arguments) throws Exception {
		var command = new java.util.ArrayList<String>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(arguments);
		var process = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("prepare.log").toFile())
			.start();
		if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("Preparing the CDS archive failed; see " + folder.resolve("prepare.log"));
		}
	}

	private void measure(List<String> javaArguments, Path workdir, String label) throws Exception {
		var command = new java.util.ArrayList<String>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(javaArguments);
		command.addAll(List.of("--server.port=" + PORT, "--hub.console.admin.username=admin",
				"--hub.console.admin.password=startup-benchmark-secret"));
		var started = Instant.now();
		var process = new ProcessBuilder(command).directory(workdir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workdir.resolve("hub.log").toFile())
			.start();
		try {
			Duration ready = awaitReady(started);
			Thread.sleep(10_000);
			long rssKb = rssKb(process.pid());
			report("%s: ready in %.2f s, idle RSS %d MB", label, ready.toMillis() / 1000.0, rssKb / 1024);
		}
		finally {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static Duration awaitReady(Instant started) throws Exception {
		var client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(1))
			.build();
		while (Duration.between(started, Instant.now()).toSeconds() < 120) {
			try {
				var response = client.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("UP")) {
					return Duration.between(started, Instant.now());
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("The hub did not become ready within 120 s");
	}

	private static long rssKb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		throw new IllegalStateException("No VmRSS for process " + pid);
	}

	private static Path findJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.toString().endsWith(".jar") && !file.toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No jar in target/: package first"));
		}
	}

	private static void report(String format, Object... arguments) throws IOException {
		String line = String.format(Locale.ROOT, format, arguments);
		System.out.println("[benchmark] " + line);
		Files.writeString(REPORT, line + "\n", StandardOpenOption.APPEND);
	}
}
