package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.shared.ControlCharacters;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.out.InboundMessages;
import org.distributionhub.supplier.exchange.ports.out.StoredMessage;
import org.distributionhub.supplier.api.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Partner messages in table inbound_message, content as bytes, outcome beside it (problems and documents as JSON), the
 * test flag, the envelope answer and, for a reused control number, its first use.
 */
@Repository
class JdbcInboundMessages implements InboundMessages {

	private static final String HEADER = """
			id, supplier_id, channel, source, file_name, received_at, correlation_id, content_size, status, summary,
			  test""";

	private final JdbcClient jdbc;

	JdbcInboundMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(StoredMessage m) {
		jdbc.sql("""
				INSERT INTO inbound_message (id, supplier_id, channel, source, content_type, file_name, received_at,
				  correlation_id, content, content_size, content_sha256, status, summary, problems, documents,
				  interchange_key, idempotency_key, functional_ack_id, test, interchange_ack_id, first_message_id,
				  first_received_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.supplierId(), m.channel().name(), m.source(), m.contentType(), m.fileName(),
					Timestamp.from(m.receivedAt()), m.correlationId(), m.content(), m.content().length,
					m.contentSha256(), m.status().name(), ControlCharacters.visible(m.summary()),
					ReceiptJson.problems(m.problems()), ReceiptJson.documents(m.documents()),
					m.interchangeKey() == null ? null : ControlCharacters.visible(m.interchangeKey()), m.idempotencyKey(), m.functionalAckId(),
					m.test(), m.interchangeAckId(), m.firstMessageId(),
					m.firstReceivedAt() == null ? null : Timestamp.from(m.firstReceivedAt()))
			.update();
		insertKeys(m);
	}

	/** Records what the message is about: its documents' PO numbers and its interchange control number. */
	private void insertKeys(StoredMessage m) {
		var keys = new LinkedHashSet<String>();
		m.documents().stream().map(DocumentOutcome::poNumber).filter(Objects::nonNull).forEach(keys::add);
		if (m.interchangeKey() != null) {
			String control = m.interchangeKey().substring(m.interchangeKey().lastIndexOf(':') + 1).strip();
			keys.add(control);
			keys.add(control.replaceFirst("^0+(?=.)", ""));
		}
		keys.removeIf(key -> key.isBlank() || key.length() > 120);
		for (String key : keys) {
			jdbc.sql("INSERT INTO partner_message_key (business_key, message_id) VALUES (?, ?)")
				.params(key, m.id())
				.update();
		}
	}

	@Override
	public List<StoredMessage.Header> about(String key, int limit) {
		UUID id = uuid(key);
		String byKey = "SELECT " + HEADER
				+ " FROM inbound_message WHERE id IN (SELECT message_id FROM partner_message_key WHERE business_key = :key)";
		String byCorrelation = "SELECT " + HEADER + " FROM inbound_message WHERE correlation_id = :key";
		String byId = "SELECT " + HEADER + " FROM inbound_message WHERE id = :id";
		return jdbc.sql(byKey + " UNION " + byCorrelation + (id == null ? "" : " UNION " + byId)
				+ " ORDER BY received_at, id LIMIT :limit")
			.param("key", key)
			.param("id", id)
			.param("limit", limit)
			.query(JdbcInboundMessages::header)
			.list();
	}

	private static @Nullable UUID uuid(String text) {
		try {
			return text.length() == 36 ? UUID.fromString(text) : null;
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	@Override
	public void updateOutcome(UUID id, MessageStatus status, String summary, List<DocumentOutcome> documents) {
		jdbc.sql("UPDATE inbound_message SET status = ?, summary = ?, documents = ? WHERE id = ?")
			.params(status.name(), StoredText.of(summary),
					ReceiptJson.documents(documents), id)
			.update();
	}

	@Override
	public Optional<StoredMessage> find(UUID id) {
		return jdbc.sql("SELECT * FROM inbound_message WHERE id = ?").param(id).query(this::message).optional();
	}

	@Override
	public Optional<StoredMessage> findByIdempotencyKey(String supplierId, String idempotencyKey) {
		return jdbc.sql("SELECT * FROM inbound_message WHERE supplier_id = ? AND idempotency_key = ?")
			.params(supplierId, idempotencyKey)
			.query(this::message)
			.optional();
	}

	@Override
	public Optional<StoredMessage.FirstUse> firstUse(String interchangeKey, Instant since) {
		return jdbc.sql("""
				SELECT id, received_at, content_sha256 FROM inbound_message WHERE interchange_key = ? AND received_at >= ?
				  AND status NOT IN ('FAILED', 'REFUSED') ORDER BY received_at, id""")
			.params(interchangeKey, Timestamp.from(since))
			.query((rs, row) -> new StoredMessage.FirstUse(rs.getObject("id", UUID.class),
					rs.getTimestamp("received_at").toInstant(), rs.getString("content_sha256")))
			.stream()
			.findFirst();
	}

	@Override
	public StoredMessage.Page list(StoredMessage.Filter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.supplierId() != null) {
			where.append(" AND supplier_id = ?");
			params.add(filter.supplierId());
		}
		if (filter.status() != null) {
			where.append(" AND status = ?");
			params.add(filter.status().name());
		}
		if (filter.channel() != null) {
			where.append(" AND channel = ?");
			params.add(filter.channel().name());
		}
		if (filter.test() != null) {
			where.append(" AND test = ?");
			params.add(filter.test());
		}
		if (filter.text() != null) {
			where.append(" AND (LOWER(summary) LIKE ? OR LOWER(file_name) LIKE ? OR correlation_id = ?)");
			String like = "%" + filter.text().toLowerCase(Locale.ROOT) + "%";
			params.add(like);
			params.add(like);
			params.add(filter.text());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM inbound_message" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<StoredMessage.Header> rows = jdbc.sql("SELECT " + HEADER + " FROM inbound_message" + where
				+ " ORDER BY received_at DESC, id LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(JdbcInboundMessages::header)
			.list();
		return new StoredMessage.Page(rows, total);
	}

	private static StoredMessage.Header header(ResultSet rs, int row) throws SQLException {
		return new StoredMessage.Header(rs.getObject("id", UUID.class), rs.getString("supplier_id"),
				Channel.valueOf(rs.getString("channel")), rs.getString("source"), rs.getString("file_name"),
				rs.getTimestamp("received_at").toInstant(), rs.getString("correlation_id"), rs.getInt("content_size"),
				MessageStatus.valueOf(rs.getString("status")), rs.getString("summary"), rs.getBoolean("test"));
	}

	@Override
	public List<StoredMessage.AboutOrder> aboutPurchaseOrder(String supplierId, String poNumber) {
		String named = "\"poNumber\":" + ReceiptJson.string(poNumber);
		String like = "%" + named.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				SELECT id, channel, received_at, status, test, documents FROM inbound_message
				WHERE supplier_id = ? AND documents LIKE ? ESCAPE '\\' ORDER BY received_at, id""")
			.params(supplierId, like)
			.query((rs, row) -> new StoredMessage.AboutOrder(rs.getObject("id", UUID.class),
					Channel.valueOf(rs.getString("channel")), rs.getTimestamp("received_at").toInstant(),
					MessageStatus.valueOf(rs.getString("status")), rs.getBoolean("test"),
					ReceiptJson.documents(rs.getString("documents"))
						.stream()
						.filter(document -> poNumber.equals(document.poNumber()))
						.toList()))
			.list();
	}

	private StoredMessage message(ResultSet rs, int row) throws SQLException {
		return new StoredMessage(rs.getObject("id", UUID.class), rs.getString("supplier_id"),
				Channel.valueOf(rs.getString("channel")), rs.getString("source"), rs.getString("content_type"),
				rs.getString("file_name"), rs.getTimestamp("received_at").toInstant(), rs.getString("correlation_id"),
				rs.getBytes("content"), rs.getString("content_sha256"), MessageStatus.valueOf(rs.getString("status")),
				rs.getString("summary"), ReceiptJson.problems(rs.getString("problems")),
				ReceiptJson.documents(rs.getString("documents")), rs.getString("interchange_key"),
				rs.getString("idempotency_key"), rs.getObject("functional_ack_id", UUID.class), rs.getBoolean("test"),
				rs.getObject("interchange_ack_id", UUID.class), rs.getObject("first_message_id", UUID.class),
				rs.getTimestamp("first_received_at") == null ? null : rs.getTimestamp("first_received_at").toInstant());
	}
}
