package org.distributionhub.erpgateway.adapters.out.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.distributionhub.erpgateway.SamplePayloads;
import org.distributionhub.erpgateway.adapters.out.payload.PostingPayloadJson;
import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

class FileErpClientTest {

	@TempDir
	Path folder;

	private final JsonMapper json = JsonMapper.builder().build();

	private final PostingPayloadJson payloads = new PostingPayloadJson();

	private final Posting posting = SamplePayloads.posting(SamplePayloads.goodsReceipt("4711", 2), "PO:4711", 3,
			"7c9e6679-7425-40de-944b-e07fc1f90ae7", Instant.now());

	@Test
	void writesOneJsonFileNamedByTheIdempotencyKey() throws IOException {
		var outbox = folder.resolve("outbox");
		var client = new FileErpClient(new FileErpProperties(outbox), json, payloads);

		var result = client.send(posting);

		var file = outbox.resolve("7c9e6679-7425-40de-944b-e07fc1f90ae7.json");
		assertThat(result).isEqualTo(new ErpResult.Accepted(new ErpReference(file.getFileName().toString())));
		var written = json.readTree(Files.readString(file));
		assertThat(written.get("idempotencyKey").asString()).isEqualTo(posting.idempotencyKey());
		assertThat(written.get("type").asString()).isEqualTo("GOODS_RECEIPT");
		assertThat(written.get("businessKey").asString()).isEqualTo("PO:4711");
		assertThat(written.get("sequence").asLong()).isEqualTo(3);
		assertThat(written.get("payload")).isEqualTo(json.readTree(payloads.write(posting.payload())));
		assertThat(written.get("payload").get("poNumber").asString()).isEqualTo("4711");
		try (var files = Files.list(outbox)) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void aPostingSentAgainFindsItsFileAndWritesNoSecond() throws IOException {
		var client = new FileErpClient(new FileErpProperties(folder), json, payloads);
		assertThat(client.findByReference(posting)).isEmpty();
		client.send(posting);
		var file = folder.resolve(posting.idempotencyKey() + ".json");
		Files.writeString(file, Files.readString(file).replace("GOODS_RECEIPT", "ALREADY_IMPORTED"));

		var again = client.send(posting);

		assertThat(again).isEqualTo(new ErpResult.Accepted(new ErpReference(file.getFileName().toString())));
		assertThat(client.findByReference(posting)).contains(new ErpReference(file.getFileName().toString()));
		assertThat(Files.readString(file)).as("left as it was").contains("ALREADY_IMPORTED");
		try (var files = Files.list(folder)) {
			assertThat(files).hasSize(1);
		}
	}

	@Test
	void anOutboxThatCannotBeWrittenIsATransientFailure() throws IOException {
		var notAFolder = Files.writeString(folder.resolve("occupied"), "a file where the outbox should be");

		var result = new FileErpClient(new FileErpProperties(notAFolder), json, payloads).send(posting);

		assertThat(result).isInstanceOf(ErpResult.TransientFailure.class);
	}

	@Test
	void keysAreMadeSafeAsFileNames() {
		var odd = SamplePayloads.posting(SamplePayloads.of(PostingType.SHIPMENT), "SO:1", 1, "../evil/key",
				Instant.now());

		var result = new FileErpClient(new FileErpProperties(folder), json, payloads).send(odd);

		assertThat(result).isEqualTo(new ErpResult.Accepted(new ErpReference(".._evil_key.json")));
		assertThat(folder.resolve(".._evil_key.json")).isRegularFile();
	}
}
