package org.distributionhub.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The hub started as a separate JVM from the test classpath, its output captured in a file under target/. */
final class HubProcess implements AutoCloseable {

	private final Process process;
	private final Path output;

	private HubProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	static HubProcess start(Path output, List<String> arguments) throws IOException {
		var command = new ArrayList<String>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx384m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("org.distributionhub.DistributionHubApplication");
		command.addAll(arguments);
		Files.createDirectories(output.getParent());
		var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		return new HubProcess(process, output);
	}

	/** Waits until the output holds a line starting with the prefix and returns that line. */
	String awaitLine(String prefix, Duration timeout) throws IOException, InterruptedException {
		var deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			for (String line : Files.readAllLines(output)) {
				if (line.startsWith(prefix)) {
					return line;
				}
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("The hub exited with " + process.exitValue() + " before printing '"
						+ prefix + "'; see " + output);
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("No line '" + prefix + "' within " + timeout + "; see " + output);
	}

	/** Waits for the process to end by itself and returns its exit code. */
	int awaitExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("The hub did not exit within " + timeout + "; see " + output);
		}
		return process.exitValue();
	}

	/** How many lines of the output contain the text. */
	long countLines(String text) throws IOException {
		return Files.readAllLines(output).stream().filter(line -> line.contains(text)).count();
	}

	/** kill -9: the JVM gets no chance to finish anything. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM: a graceful shutdown. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	long pid() {
		return process.pid();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
