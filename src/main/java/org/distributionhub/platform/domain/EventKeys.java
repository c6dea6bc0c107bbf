package org.distributionhub.platform.domain;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jmolecules.ddd.annotation.Service;
import org.jspecify.annotations.Nullable;

/**
 * The business keys an event is about, read from what its record names: {@code correlationId}, {@code poNumber},
 * {@code orderId}, {@code sku} (a SKU's {@code code}), the message of an {@code acknowledgementId}
 * ({@code <message id>/<document id>}), {@code shipmentId}, {@code receiptId} and {@code warehouseEventId}, at any
 * depth of its nested records and lists (a line's SKU, a ship notice line's PO number). Events keep naming their
 * objects by these words, so a new event is indexed without code of its own.
 */
@Service
public final class EventKeys {

	/** Keys longer than this are not indexed: no business key of the hub is that long. */
	public static final int MAX_LENGTH = 200;

	private static final int MAX_DEPTH = 4;

	private static final Map<String, KeyKind> NAMES = Map.of("correlationId", KeyKind.CORRELATION, "poNumber",
			KeyKind.PURCHASE_ORDER, "orderId", KeyKind.ORDER, "sku", KeyKind.SKU, "acknowledgementId",
			KeyKind.PARTNER_MESSAGE, "shipmentId", KeyKind.SHIPMENT, "receiptId", KeyKind.RECEIPT,
			"warehouseEventId", KeyKind.WAREHOUSE_EVENT);

	private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

	private EventKeys() {
	}

	/** The kinds of business key the hub indexes events by. */
	public enum KeyKind {
		CORRELATION, PURCHASE_ORDER, ORDER, SKU, PARTNER_MESSAGE, SHIPMENT, RECEIPT, WAREHOUSE_EVENT
	}

	/** Every key the event names, each once, with its kind (the first kind a key was found under). */
	public static Map<String, KeyKind> of(Object event) {
		var keys = new LinkedHashMap<String, KeyKind>();
		collect(event, keys, 0);
		return keys;
	}

	private static void collect(Object value, Map<String, KeyKind> keys, int depth) {
		if (depth > MAX_DEPTH) {
			return;
		}
		if (value instanceof Collection<?> items) {
			items.forEach(item -> collect(item, keys, depth + 1));
			return;
		}
		if (!value.getClass().isRecord()) {
			return;
		}
		for (RecordComponent component : COMPONENTS.computeIfAbsent(value.getClass(), Class::getRecordComponents)) {
			Object field = read(component, value);
			if (field == null) {
				continue;
			}
			KeyKind kind = NAMES.get(component.getName());
			if (kind != null) {
				add(keys, text(kind, field), kind);
			}
			else if (field instanceof Collection<?> || field.getClass().isRecord()) {
				collect(field, keys, depth + 1);
			}
		}
	}

	private static String text(KeyKind kind, Object field) {
		String text = field.getClass().isRecord() ? firstComponent(field) : field.toString();
		if (kind == KeyKind.PARTNER_MESSAGE && text.indexOf('/') > 0) {
			return text.substring(0, text.indexOf('/'));
		}
		return text;
	}

	private static String firstComponent(Object record) {
		RecordComponent[] components = COMPONENTS.computeIfAbsent(record.getClass(), Class::getRecordComponents);
		@Nullable Object first = components.length == 0 ? null : read(components[0], record);
		return first == null ? record.toString() : first.toString();
	}

	private static void add(Map<String, KeyKind> keys, String key, KeyKind kind) {
		String stripped = key.strip();
		if (!stripped.isEmpty() && stripped.length() <= MAX_LENGTH) {
			keys.putIfAbsent(stripped, kind);
		}
	}

	private static @Nullable Object read(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException | RuntimeException unreadable) {
			// A record this module may not read (not public) names no key: publishing must not fail for an index.
			return null;
		}
	}
}
