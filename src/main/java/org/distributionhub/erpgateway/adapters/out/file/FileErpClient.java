package org.distributionhub.erpgateway.adapters.out.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.erpgateway.adapters.out.payload.PostingPayloadJson;
import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.ports.out.ErpCheck;
import org.distributionhub.erpgateway.ports.out.ErpClient;
import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes each posting as {@code <idempotency key>.json} into the outbox folder: first to a hidden temporary file,
 * forced to disk, then moved into place, so an importer never sees half a file. The file name is the look-up: a
 * posting sent again after a crash finds its file and writes no second one. The default ERP (hub.erp.adapter=file).
 */
@Component
@ConditionalOnProperty(name = "hub.erp.adapter", havingValue = "file", matchIfMissing = true)
class FileErpClient implements ErpClient {

	private final Path outbox;
	private final JsonMapper json;
	private final PostingPayloadJson payloads;

	FileErpClient(FileErpProperties properties, JsonMapper json, PostingPayloadJson payloads) {
		this.outbox = properties.outbox();
		this.json = json;
		this.payloads = payloads;
	}

	@Override
	public ErpResult send(Posting posting) {
		var existing = findByReference(posting);
		if (existing.isPresent()) {
			return new ErpResult.Accepted(existing.get());
		}
		var document = document(posting);
		try {
			Files.createDirectories(outbox);
			Path target = fileOf(posting);
			Path temporary = outbox.resolve(".tmp-" + UUID.randomUUID());
			try {
				write(temporary, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
				Files.move(temporary, target);
			}
			catch (FileAlreadyExistsException e) {
				// Written meanwhile by an earlier attempt whose answer was lost: that file is the posting.
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			return new ErpResult.Accepted(new ErpReference(target.getFileName().toString()));
		}
		catch (IOException e) {
			return new ErpResult.TransientFailure("Could not write to " + outbox + ": " + e, "io");
		}
	}

	@Override
	public Optional<ErpReference> findByReference(Posting posting) {
		Path file = fileOf(posting);
		return Files.isRegularFile(file) ? Optional.of(new ErpReference(file.getFileName().toString()))
				: Optional.empty();
	}

	@Override
	public ErpCheck check() {
		try {
			Files.createDirectories(outbox);
			return Files.isWritable(outbox) ? ErpCheck.up(name(), "writes postings to " + outbox.toAbsolutePath())
					: ErpCheck.down(name(), "cannot write to " + outbox.toAbsolutePath());
		}
		catch (IOException e) {
			return ErpCheck.down(name(), "cannot create " + outbox.toAbsolutePath() + ": " + e);
		}
	}

	@Override
	public String name() {
		return "File ERP (outbox " + outbox + ")";
	}

	private ObjectNode document(Posting posting) {
		var document = json.createObjectNode();
		document.put("idempotencyKey", posting.idempotencyKey());
		document.put("postingId", posting.id().toString());
		document.put("type", posting.type().name());
		document.put("businessKey", posting.businessKey());
		document.put("sequence", posting.sequence());
		document.set("payload", payloads.tree(posting.payload()));
		return document;
	}

	private Path fileOf(Posting posting) {
		return outbox.resolve(posting.idempotencyKey().replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
	}

	private static void write(Path file, byte[] content) throws IOException {
		try (var channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			var buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}
}
