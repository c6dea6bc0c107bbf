package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every partner file the tests hold (the public samples and our own partner variants in
 * {@code src/test/resources/partner-variants}) through the real partner API over HTTP, each as sent and in a dozen
 * damaged forms a partner's system really produces: cut short, bytes flipped, terminators doubled, a NUL, Latin-1
 * bytes, a byte order mark, two interchanges in one body, CRLF line ends. Whatever the hub answers is never a 5xx and
 * is always JSON (a receipt, or a problem when it is refused). Each file is sent by a supplier whose EDI identity is
 * the file's sender, so the good copies reach mapping and the business rules, not only the envelope check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerFileCorpusIT {

	private static final JsonMapper JSON = JsonMapper.shared();

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;


	private final String run = UUID.randomUUID().toString().substring(0, 6);

	/** A supplier, with its API key, per EDI sender identity found in the files. */
	private final Map<String, String[]> senders = new LinkedHashMap<>();

	/** The id of this run that stands for each sender id found in the files. */
	private final Map<String, String> aliases = new LinkedHashMap<>();

	@Test
	void noPartnerFileInAnyDamagedFormGetsA5xxOrAnAnswerThatIsNotJson() throws Exception {
		var files = files();
		assertThat(files).as("partner files in the corpus").hasSizeGreaterThanOrEqualTo(15);
		var failures = new ArrayList<String>();
		int sent = 0;
		var statuses = new java.util.TreeMap<String, Integer>();
		for (var file : files.entrySet()) {
			byte[] original = file.getValue();
			boolean x12 = startsWith(stripped(original), "ISA");
			String[] identity = x12 ? isaSender(original) : unbSender(original);
			// The sender gets an id of this run, as long as its own (ISA06 is fixed width), so that the corpus
			// never claims an EDI identity another test's supplier (the shipped example partners) trades under.
			String alias = aliases.computeIfAbsent(identity[1], id -> alias(id, aliases.size()));
			byte[] content = replaced(original, identity[1], alias);
			String[] supplier = supplierFor(identity[0], alias, x12);
			String control = x12 ? isaElement(content, 13) : unbReference(content);
			int round = 0;
			for (var damage : damages(file.getKey().hashCode()).entrySet()) {
				// Each damaged copy is an interchange of its own number, so it is read through, not refused as a
				// control number used before with other content.
				byte[] numbered = round++ < 2 ? content.clone() : renumbered(content, control, round);
				byte[] body = damage.getValue().apply(numbered);
				var answer = post(supplier, x12 ? "application/edi-x12" : "application/edifact", body);
				sent++;
				statuses.merge(answer.statusCode() + (damage.getKey().equals("as sent") ? " as sent" : ""), 1,
						Integer::sum);
				String problem = judge(answer);
				if (problem != null) {
					failures.add(file.getKey() + " " + damage.getKey() + ": " + problem);
				}
			}
		}
		System.out.println("Partner file corpus: " + files.size() + " files, " + sent + " posts, answers " + statuses);
		assertThat(sent).isGreaterThanOrEqualTo(files.size() * 12);
		assertThat(failures).as("answers to %d partner files sent", sent).isEmpty();
	}

	private static String judge(HttpResponse<String> answer) {
		if (answer.statusCode() >= 500) {
			return answer.statusCode() + " " + answer.body();
		}
		String type = answer.headers().firstValue("Content-Type").orElse("");
		if (answer.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
			return answer.statusCode() + " answered as " + type + ": " + answer.body();
		}
		try {
			JSON.readTree(answer.body());
			return null;
		}
		catch (RuntimeException e) {
			return answer.statusCode() + " with a body that is not JSON: " + answer.body();
		}
	}

	/** The damages, each a function of the file's bytes; the seed makes flipped bytes the same on every run. */
	private static Map<String, UnaryOperator<byte[]>> damages(long seed) {
		var damages = new LinkedHashMap<String, UnaryOperator<byte[]>>();
		damages.put("as sent", bytes -> bytes);
		damages.put("again, the same bytes", bytes -> bytes);
		damages.put("cut at a third", bytes -> Arrays.copyOf(bytes, bytes.length / 3));
		damages.put("cut at two thirds", bytes -> Arrays.copyOf(bytes, bytes.length * 2 / 3));
		damages.put("cut after 100 bytes", bytes -> Arrays.copyOf(bytes, Math.min(100, bytes.length)));
		damages.put("every 97th byte flipped", bytes -> {
			var random = new Random(seed);
			for (int i = random.nextInt(97); i < bytes.length; i += 97) {
				bytes[i] ^= (byte) (1 + random.nextInt(255));
			}
			return bytes;
		});
		damages.put("terminators doubled", bytes -> replaceAll(bytes, terminator(bytes), (byte) -1));
		damages.put("a NUL in the middle", bytes -> insert(bytes, bytes.length / 2, new byte[] { 0 }));
		damages.put("Latin-1 bytes in the middle", bytes -> insert(bytes, bytes.length / 2,
				"Größe ÄÖÜ é".getBytes(StandardCharsets.ISO_8859_1)));
		damages.put("a byte order mark", bytes -> insert(bytes, 0, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }));
		damages.put("two interchanges in one body", bytes -> concat(bytes, bytes));
		damages.put("CRLF after each segment", bytes -> replaceAll(bytes, terminator(bytes), (byte) '\r'));
		damages.put("the first 5 bytes lost", bytes -> Arrays.copyOfRange(bytes, Math.min(5, bytes.length), bytes.length));
		return damages;
	}

	private String alias(String id, int index) {
		String unique = String.format("%02d", index) + run.toUpperCase(java.util.Locale.ROOT) + "QQQQQQQQQQQQQQQ";
		return ("Q" + unique).substring(0, Math.max(1, id.length()));
	}

	private static byte[] replaced(byte[] content, String from, String to) {
		return new String(content, StandardCharsets.ISO_8859_1).replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
	}

	private String[] supplierFor(String qualifier, String ediId, boolean x12) {
		String[] identity = { qualifier, ediId };
		return senders.computeIfAbsent(identity[0] + ":" + identity[1], key -> {
			String id = "corpus-" + run + "-" + senders.size();
			suppliers.save(new ManageSuppliers.SaveSupplierCommand(id,
					new SupplierProfileData(id, "Corpus partner " + key, List.of("API", x12 ? "X12" : "EDIFACT"),
							x12 ? "X12" : "EDIFACT",
							new SupplierProfileData.EdiIdentityData(identity[0], identity[1], identity[1]), null, "48h",
							"CANCEL", Map.of(), true),
					"test", "the partner file corpus"));
			String apiKey = keys.issue(new ManageApiKeys.IssueApiKeyCommand(id, "corpus", "test")).apiKey();
			return new String[] { id, apiKey };
		});
	}

	/** ISA05 and ISA06: the element separator is the byte after "ISA". */
	private static String[] isaSender(byte[] content) {
		return new String[] { isaElement(content, 5).strip(), isaElement(content, 6).strip() };
	}

	private static String isaElement(byte[] content, int position) {
		String text = new String(stripped(content), StandardCharsets.ISO_8859_1);
		String separator = String.valueOf(text.charAt(3));
		return text.split(java.util.regex.Pattern.quote(separator), position + 2)[position];
	}

	/** UNB 0020, the interchange control reference. */
	private static String unbReference(byte[] content) {
		String text = new String(stripped(content), StandardCharsets.ISO_8859_1);
		char element = text.startsWith("UNA") ? text.charAt(4) : '+';
		char terminator = text.startsWith("UNA") ? text.charAt(8) : '\'';
		String unb = text.substring(text.indexOf("UNB" + element));
		unb = unb.substring(0, unb.indexOf(terminator));
		String[] elements = unb.split(java.util.regex.Pattern.quote(String.valueOf(element)));
		return elements.length > 5 ? elements[5] : "";
	}

	/** The file with its control number (everywhere it appears) changed in its last two characters. */
	private static byte[] renumbered(byte[] content, String control, int round) {
		if (control.length() < 2) {
			return content.clone();
		}
		String other = control.substring(0, control.length() - 2) + String.format("%02d", round);
		return new String(content, StandardCharsets.ISO_8859_1).replace(control, other)
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** UNB S002 (sender id and its qualifier), with the delimiters of the UNA if there is one. */
	private static String[] unbSender(byte[] content) {
		String text = new String(stripped(content), StandardCharsets.ISO_8859_1);
		char component = ':';
		char element = '+';
		if (text.startsWith("UNA")) {
			component = text.charAt(3);
			element = text.charAt(4);
		}
		int unb = text.indexOf("UNB" + element);
		String[] elements = text.substring(unb).split(java.util.regex.Pattern.quote(String.valueOf(element)), 4);
		String[] sender = elements[2].split(java.util.regex.Pattern.quote(String.valueOf(component)));
		return new String[] { sender.length > 1 ? sender[1] : "ZZZ", sender[0] };
	}

	private HttpResponse<String> post(String[] supplier, String contentType, byte[] body)
			throws IOException, InterruptedException {
		return new PartnerApi(port, supplier[0], supplier[1]).post("/edi", contentType, body, null);
	}

	private static Map<String, byte[]> files() throws IOException {
		var files = new java.util.TreeMap<String, byte[]>();
		var resolver = new PathMatchingResourcePatternResolver();
		for (String pattern : List.of("classpath*:samples/edi/*.edi", "classpath*:partner-variants/*.edi")) {
			for (Resource resource : resolver.getResources(pattern)) {
				try (var in = resource.getInputStream()) {
					files.put(resource.getFilename(), in.readAllBytes());
				}
			}
		}
		return files;
	}

	private static byte[] stripped(byte[] content) {
		int start = 0;
		while (start < content.length && (content[start] == (byte) 0xEF || content[start] == (byte) 0xBB
				|| content[start] == (byte) 0xBF || Character.isWhitespace(content[start]))) {
			start++;
		}
		return Arrays.copyOfRange(content, start, content.length);
	}

	private static boolean startsWith(byte[] content, String prefix) {
		return new String(content, 0, Math.min(prefix.length(), content.length), StandardCharsets.ISO_8859_1)
			.equals(prefix);
	}

	/** The segment terminator: after ISA16 in X12, from the UNA or an apostrophe in EDIFACT. */
	private static byte terminator(byte[] content) {
		byte[] text = stripped(content);
		if (startsWith(text, "ISA") && text.length > 105) {
			return text[105];
		}
		if (startsWith(text, "UNA") && text.length > 8) {
			return text[8];
		}
		return (byte) '\'';
	}

	/** Each terminator followed by {@code extra}; -1 means the terminator itself again, '\r' means CRLF. */
	private static byte[] replaceAll(byte[] content, byte terminator, byte extra) {
		var out = new java.io.ByteArrayOutputStream(content.length * 2);
		for (byte b : content) {
			out.write(b);
			if (b == terminator) {
				if (extra == -1) {
					out.write(terminator);
				}
				else if (extra == '\r') {
					out.write('\r');
					out.write('\n');
				}
			}
		}
		return out.toByteArray();
	}

	private static byte[] insert(byte[] content, int at, byte[] inserted) {
		byte[] out = new byte[content.length + inserted.length];
		System.arraycopy(content, 0, out, 0, at);
		System.arraycopy(inserted, 0, out, at, inserted.length);
		System.arraycopy(content, at, out, at + inserted.length, content.length - at);
		return out;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] out = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, out, first.length, second.length);
		return out;
	}
}
