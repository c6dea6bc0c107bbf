package org.distributionhub.platform.adapters.out.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.distributionhub.platform.application.EventRecoveryProperties;
import org.distributionhub.platform.ports.out.NodeIdentity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The node id: hub.events.recovery.node-id when set, otherwise the id in hub.events.recovery.node-id-file, written
 * there on the first start. The file stays locked while the hub runs, so a second hub started from the same
 * installation cannot take the same id: it runs under an id of its own for this run only (its deliveries cut off by
 * a crash are then taken over once its heartbeat is old, not at its restart).
 */
@Component
class NodeIdFile implements NodeIdentity, DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(NodeIdFile.class);

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private final EventRecoveryProperties properties;
	private @Nullable String nodeId;
	private @Nullable FileChannel file;
	private @Nullable FileLock lock;

	NodeIdFile(EventRecoveryProperties properties) {
		this.properties = properties;
	}

	@Override
	public synchronized String nodeId() {
		if (nodeId == null) {
			nodeId = resolve();
		}
		return nodeId;
	}

	@Override
	public String host() {
		return hostName() + " pid " + ProcessHandle.current().pid();
	}

	private String resolve() {
		String configured = properties.nodeId();
		if (configured != null && !configured.isBlank()) {
			if (!VALID.matcher(configured.strip()).matches()) {
				throw new IllegalStateException("hub.events.recovery.node-id must be 1 to 100 letters, digits or . _ : -,"
						+ " was '" + configured + "'");
			}
			return configured.strip();
		}
		Path path = properties.nodeIdFile().toAbsolutePath().normalize();
		try {
			Files.createDirectories(path.getParent());
			file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			lock = tryLock(file);
			if (lock == null) {
				file.close();
				file = null;
				String temporary = generate();
				LOG.warn("{} is locked by another hub running from this installation; this run uses the node id {} "
						+ "of its own. Give each hub its own hub.events.recovery.node-id-file or node-id.", path,
						temporary);
				return temporary;
			}
			String kept = read(file);
			if (VALID.matcher(kept).matches()) {
				return kept;
			}
			String generated = generate();
			file.truncate(0);
			file.write(ByteBuffer.wrap((generated + "\n").getBytes(StandardCharsets.UTF_8)), 0);
			file.force(true);
			LOG.info("Generated node id {} and kept it in {}", generated, path);
			return generated;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot keep the node id in " + path, e);
		}
	}

	private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException heldInThisJvm) {
			return null;
		}
	}

	private static String read(FileChannel channel) throws IOException {
		var buffer = ByteBuffer.allocate(256);
		channel.read(buffer, 0);
		return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
	}

	/** The host name and a random part: readable in the node table, unique per installation. */
	private static String generate() {
		String host = hostName().replaceAll("[^a-z0-9.-]", "-");
		String prefix = host.length() > 60 ? host.substring(0, 60) : host;
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** From the environment: a name lookup over the network could stall the start. */
	private static String hostName() {
		String name = System.getenv("HOSTNAME");
		if (name == null || name.isBlank()) {
			name = System.getenv("COMPUTERNAME");
		}
		return name == null || name.isBlank() ? "hub" : name.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	public synchronized void destroy() throws IOException {
		if (lock != null) {
			lock.release();
		}
		if (file != null) {
			file.close();
		}
	}
}
