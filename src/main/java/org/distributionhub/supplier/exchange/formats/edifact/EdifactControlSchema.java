package org.distributionhub.supplier.exchange.formats.edifact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;

/**
 * The envelope schema the ORDERS writer checks its interchange with: StAEDI's own for syntax version 3, except that
 * the identification code qualifier (0007) is checked against the hub's code list ({@code EdiCodeLists}) before
 * writing instead of StAEDI's shorter copy, which lacks 31B (the book trade's SAN), 503 to 506 and ZZ. Structure,
 * lengths and every other code stay StAEDI's checks.
 */
final class EdifactControlSchema {

	private static final String RESOURCE = "/EDIFACT/v3.xml";

	private static final Pattern QUALIFIER_TYPE = Pattern
		.compile("<elementType name=\"DE0007\"([^>]*?)>\\s*<enumeration>.*?</enumeration>\\s*</elementType>",
				Pattern.DOTALL);

	private static final Schema SYNTAX_3 = load();

	private EdifactControlSchema() {
	}

	static Schema syntax3() {
		return SYNTAX_3;
	}

	private static Schema load() {
		try (InputStream in = SchemaFactory.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("StAEDI has no EDIFACT control schema at " + RESOURCE);
			}
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Matcher type = QUALIFIER_TYPE.matcher(xml);
			if (!type.find()) {
				throw new IllegalStateException("StAEDI's EDIFACT control schema has no code list for 0007 to replace");
			}
			String open = type.group(1).replace("base=\"identifier\"", "base=\"string\"");
			xml = xml.substring(0, type.start()) + "<elementType name=\"DE0007\"" + open + "/>"
					+ xml.substring(type.end());
			return SchemaFactory.newFactory()
				.createSchema(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read StAEDI's EDIFACT control schema", e);
		}
		catch (EDISchemaException e) {
			throw new IllegalStateException("Could not build the EDIFACT control schema", e);
		}
	}
}
