package org.distributionhub.supplier.exchange.adapters.out.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.distributionhub.supplier.exchange.application.SupplierProperties;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outbox files on a real file system: whole or absent, never over another file, once per outbox entry. */
class LocalPartnerFoldersTest {

	@TempDir
	Path root;

	private LocalPartnerFolders folders() {
		return new LocalPartnerFolders(new SupplierProperties(null, null, null, root, null, null, null, 0));
	}

	@Test
	void preparesTheFourFoldersOfASupplier() {
		folders().prepare("ACME");

		assertThat(root.resolve("ACME")).isDirectoryContaining(path -> path.endsWith("inbox"))
			.isDirectoryContaining(path -> path.endsWith("archive"))
			.isDirectoryContaining(path -> path.endsWith("error"))
			.isDirectoryContaining(path -> path.endsWith("outbox"));
	}

	@Test
	void writesTheMessageUnderItsOwnNameAndLeavesNoTemporaryFileBehind() throws IOException {
		String name = folders().deliver("ACME", message("850_PO-1001.x12", "ISA*00*...~"), tag());

		assertThat(name).isEqualTo("850_PO-1001.x12");
		assertThat(root.resolve("ACME/outbox/850_PO-1001.x12")).hasContent("ISA*00*...~");
		assertThat(files(root.resolve("ACME/outbox"))).containsExactly("850_PO-1001.x12");
		assertThat(files(root.resolve("ACME/.staging"))).isEmpty();
	}

	@Test
	void neverOverwritesAnotherFileOfTheSameName() throws IOException {
		var folders = folders();
		folders.deliver("ACME", message("997.x12", "first"), tag());
		String tag = tag();

		String second = folders.deliver("ACME", message("997.x12", "second"), tag);

		assertThat(second).isEqualTo("997-" + tag + ".x12");
		assertThat(root.resolve("ACME/outbox/997.x12")).hasContent("first");
		assertThat(root.resolve("ACME/outbox/" + second)).hasContent("second");
	}

	@Test
	void theSameEntryWrittenAgainFindsItsFileInsteadOfMakingASecondOne() throws IOException {
		var folders = folders();
		folders.deliver("ACME", message("997.x12", "another 997"), tag());
		String tag = tag();
		String first = folders.deliver("ACME", message("997.x12", "ours"), tag);

		String again = folders.deliver("ACME", message("997.x12", "ours"), tag);

		assertThat(again).isEqualTo(first);
		assertThat(files(root.resolve("ACME/outbox"))).hasSize(2);
	}

	@Test
	void aNameThatWouldLeaveTheFolderOrHideTheFileIsMadeSafe() throws IOException {
		String name = folders().deliver("ACME", message("../../etc/.passwd", "x"), tag());

		assertThat(name).doesNotContain("/").doesNotStartWith(".");
		assertThat(root.resolve("ACME/outbox/" + name)).hasContent("x");
		assertThat(root.resolve("etc")).doesNotExist();
	}

	@Test
	void aSupplierIdThatIsNoFolderNameIsRefused() {
		assertThatThrownBy(() -> folders().deliver("../ACME", message("a.csv", "x"), tag()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anUnwritableOutboxIsReportedAsAnIoFailure() throws IOException {
		Files.createDirectories(root.resolve("ACME"));
		Files.writeString(root.resolve("ACME/outbox"), "a file where the folder should be");

		assertThatThrownBy(() -> folders().deliver("ACME", message("a.csv", "x"), tag()))
			.isInstanceOf(UncheckedIOException.class)
			.hasMessageContaining("ACME");
	}

	@Test
	void aPartnerReadingTheOutboxWhileLargeFilesArriveOnlyEverSeesWholeFiles() throws Exception {
		var folders = folders();
		byte[] content = new byte[4 * 1024 * 1024];
		Arrays.fill(content, (byte) 'x');
		Path outbox = root.resolve("ACME/outbox");
		folders.prepare("ACME");
		var writing = new AtomicBoolean(true);
		List<String> halfSeen = new ArrayList<>();
		Thread partner = new Thread(() -> {
			while (writing.get()) {
				for (String name : files(outbox)) {
					try {
						long size = Files.size(outbox.resolve(name));
						if (size != content.length) {
							halfSeen.add(name + " at " + size + " bytes");
						}
					}
					catch (NoSuchFileException gone) {
						// Listed just before it was read: nothing half about it.
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}
			}
		});
		partner.start();
		for (int i = 0; i < 20; i++) {
			content[0] = (byte) ('a' + i);
			folders.deliver("ACME", new OutboundMessage("po.csv", "text/csv", content), tag());
		}
		writing.set(false);
		partner.join();

		assertThat(halfSeen).isEmpty();
		assertThat(files(outbox)).hasSize(20);
	}

	private static OutboundMessage message(String name, String content) {
		return new OutboundMessage(name, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8));
	}

	private static String tag() {
		return UUID.randomUUID().toString();
	}

	private static List<String> files(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
