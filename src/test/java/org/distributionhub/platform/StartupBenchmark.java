package org.distributionhub.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Time from {@code java -jar} to ready (readiness probe answers UP), the CPU the process spent until then (all its
 * threads, the JIT compilers included: the figure that decides the start on two busy cores) and resident memory
 * when idle, on the embedded defaults in a fresh working folder: the first start (migrations run) and two restarts.
 * Three ways: the packaged jar as it is; the jar extracted with a class data sharing archive from a training run (what
 * the container image does); and, when {@code -Dbench.aotJdk=<home of a JDK 25 or later>} is given, the extracted jar
 * on that JDK with an AOT cache from a training run. Run with {@code ./mvnw -Pbenchmarks verify
 * -Dit.test=StartupBenchmark}; figures go to target/benchmarks/startup.txt.
 */
class StartupBenchmark {

	private static final Path REPORT = Path.of("target", "benchmarks", "startup.txt");
	private static final int PORT = 18_181;
	private static final long CLOCK_TICKS_PER_SECOND = 100;

	@Test
	void startupTimeAndIdleMemory() throws Exception {
		Path jar = findJar();
		Path workdir = Files.createDirectories(Path.of("target", "benchmarks", "startup-" + System.currentTimeMillis()));
		var figures = BenchmarkFigures.report(REPORT, "Startup of " + jar.getFileName() + " on "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + Instant.now());
		Path java = javaOf(Path.of(System.getProperty("java.home")));
		Path cds = Files.createDirectories(workdir.resolve("cds"));
		Path cdsJar = extract(java, jar, cds);
		train(java, cds, cdsJar, "-XX:ArchiveClassesAtExit=app/hub.jsa");
		String aotJdk = System.getProperty("bench.aotJdk", "");
		Path aot = Files.createDirectories(workdir.resolve("aot"));
		Path aotJar = null;
		if (!aotJdk.isBlank()) {
			aotJar = extract(javaOf(Path.of(aotJdk)), jar, aot);
			train(javaOf(Path.of(aotJdk)), aot, aotJar, "-XX:AOTCacheOutput=app/hub.aot");
		}
		for (int run = 1; run <= 3; run++) {
			String label = run == 1 ? "first start" : "restart " + (run - 1);
			measure(figures, java, List.of("-jar", jar.toAbsolutePath().toString()),
					Files.createDirectories(workdir.resolve("plain")), "java -jar, " + label);
			measure(figures, java, List.of("-XX:SharedArchiveFile=app/hub.jsa", "-Xshare:on", "-Xlog:cds=off",
					"-Xlog:cds+dynamic=off", "-jar", cdsJar.toString()), cds, "java -jar with CDS archive, " + label);
			if (aotJar != null) {
				measure(figures, javaOf(Path.of(aotJdk)), List.of("-XX:AOTCache=app/hub.aot", "-XX:AOTMode=on",
						"-Xlog:aot=error", "-Xlog:cds=error", "-jar", aotJar.toString()), aot,
						"java -jar on " + aotJdk + " with AOT cache, " + label);
			}
		}
		if (aotJar == null) {
			figures.line("(no AOT cache run: give -Dbench.aotJdk=<home of a JDK 25 or later> for one)");
		}
	}

	/** The jar extracted into folder/app, as a path relative to folder (the archives record the class path). */
	private static Path extract(Path java, Path jar, Path folder) throws Exception {
		run(java, folder, List.of("-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract",
				"--destination", "app"));
		return Path.of("app").resolve(jar.getFileName());
	}

	/** A training run that starts the hub on a database of its own up to the point where it would serve. */
	private static void train(Path java, Path folder, Path extracted, String archiveOption) throws Exception {
		var training = Files.createDirectories(folder.resolve("training"));
		run(java, folder, List.of(archiveOption, "-Dspring.context.exit=onRefresh",
				"-Dspring.datasource.url=jdbc:h2:file:" + training.toAbsolutePath() + "/hub;MODE=PostgreSQL",
				"-Dhub.erp.file.outbox=" + training.toAbsolutePath().resolve("outbox"),
				"-Dhub.console.admin.password=startup-benchmark-secret", "-jar", extracted.toString()));
	}

	private static void run(Path java, Path folder, List<String> arguments) throws Exception {
		var command = new ArrayList<String>();
		command.add(java.toString());
		command.addAll(arguments);
		var process = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("prepare.log").toFile())
			.start();
		if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("Preparing the start-up archive failed; see " + folder.resolve("prepare.log"));
		}
	}

	private static void measure(BenchmarkFigures figures, Path java, List<String> javaArguments, Path workdir,
			String label) throws Exception {
		var command = new ArrayList<String>();
		command.add(java.toString());
		command.addAll(javaArguments);
		command.addAll(List.of("--server.port=" + PORT, "--hub.console.admin.username=admin",
				"--hub.console.admin.password=startup-benchmark-secret"));
		var started = Instant.now();
		var process = new ProcessBuilder(command).directory(workdir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workdir.resolve("hub.log").toFile())
			.start();
		try {
			Duration ready = awaitReady(started, process);
			long cpuMillis = cpuMillis(process.pid());
			Thread.sleep(10_000);
			long rssKb = rssKb(process.pid());
			figures.line("%s: ready in %.2f s, %.2f s of CPU until then, idle RSS %d MB", label,
					ready.toMillis() / 1000.0, cpuMillis / 1000.0, rssKb / 1024);
		}
		finally {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static Duration awaitReady(Instant started, Process process) throws Exception {
		var client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(1))
			.build();
		while (Duration.between(started, Instant.now()).toSeconds() < 180 && process.isAlive()) {
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
		throw new IllegalStateException("The hub did not become ready within 180 s (or stopped); see its hub.log");
	}

	/** User and system time of every thread of the process so far (/proc/PID/stat fields 14 and 15). */
	private static long cpuMillis(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		// fields[0] is field 3 (state), so fields 14 and 15 are at 11 and 12
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
	}

	private static long rssKb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		throw new IllegalStateException("No VmRSS for process " + pid);
	}

	private static Path javaOf(Path home) {
		return home.resolve("bin").resolve("java");
	}

	private static Path findJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.toString().endsWith(".jar") && !file.toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No jar in target/: package first"));
		}
	}
}
