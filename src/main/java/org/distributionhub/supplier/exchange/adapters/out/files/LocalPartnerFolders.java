package org.distributionhub.supplier.exchange.adapters.out.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.distributionhub.supplier.exchange.application.SupplierProperties;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerFolders;
import org.springframework.stereotype.Component;

/**
 * Partner folders under hub.supplier.partner-folders, one folder per supplier holding inbox, archive, error and
 * outbox. A message is written to a hidden staging folder beside them, forced to disk, then hard-linked into the
 * outbox under a name nobody holds (a link never replaces a file), so a partner never sees half a file or loses
 * one. Where the file system has no hard links it is moved instead, after checking the name is free.
 */
@Component
class LocalPartnerFolders implements PartnerFolders {

	static final List<String> FOLDERS = List.of("inbox", "archive", "error", "outbox");

	static final String STAGING = ".staging";

	private static final Pattern SUPPLIER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final int MAX_CANDIDATES = 100;

	private final Path root;

	LocalPartnerFolders(SupplierProperties properties) {
		this.root = properties.partnerFolders().toAbsolutePath().normalize();
	}

	@Override
	public void prepare(String supplierId) {
		Path supplier = supplierFolder(supplierId);
		try {
			for (String folder : FOLDERS) {
				Files.createDirectories(supplier.resolve(folder));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not create the folders of supplier " + supplierId, e);
		}
	}

	@Override
	public String deliver(String supplierId, OutboundMessage message, String tag) {
		prepare(supplierId);
		Path supplier = supplierFolder(supplierId);
		Path outbox = supplier.resolve("outbox");
		try {
			Path staging = Files.createDirectories(supplier.resolve(STAGING));
			Path temporary = staging.resolve(UUID.randomUUID() + ".tmp");
			try {
				write(temporary, message.content());
				for (String candidate : FileNames.candidates(message.fileName(), tag, MAX_CANDIDATES)) {
					Path target = outbox.resolve(candidate);
					if (place(temporary, target) || Files.mismatch(target, temporary) == -1L) {
						syncFolder(outbox);
						return candidate;
					}
				}
				throw new FileAlreadyExistsException(outbox.resolve(message.fileName()).toString(), null,
						"no free name after " + MAX_CANDIDATES + " tries");
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write " + message.fileName() + " to " + outbox + ": " + e, e);
		}
	}

	/** Puts the staged file in place unless the name is taken; false when it is. */
	private static boolean place(Path staged, Path target) throws IOException {
		try {
			Files.createLink(target, staged);
			return true;
		}
		catch (FileAlreadyExistsException e) {
			return false;
		}
		catch (UnsupportedOperationException | FileSystemException e) {
			if (Files.exists(target)) {
				return false;
			}
			Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
	}

	private static void write(Path file, byte[] content) throws IOException {
		try (var channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			var buffer = java.nio.ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}

	/** Makes the new name durable where the platform allows syncing a folder (it does not everywhere). */
	private static void syncFolder(Path folder) {
		try (var channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException e) {
			// Not supported here (Windows, some network shares): the file itself was forced already.
		}
	}

	private Path supplierFolder(String supplierId) {
		if (!SUPPLIER_ID.matcher(supplierId).matches() || supplierId.contains("..")) {
			throw new IllegalArgumentException("Not a supplier id usable as a folder name: " + supplierId);
		}
		return root.resolve(supplierId);
	}
}
