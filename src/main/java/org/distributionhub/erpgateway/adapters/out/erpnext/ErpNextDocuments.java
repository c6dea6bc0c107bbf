package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.distributionhub.erpgateway.ports.out.ErpResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates a document carrying our reference and submits it, never twice: the document with our reference is looked up
 * first (a submitted or cancelled one is the answer, a draft one left by a crash is submitted); a duplicate-entry
 * refusal on insert (the reference field is unique) means another attempt created it meanwhile, and it is looked up.
 */
final class ErpNextDocuments {

	private final ErpNextApi erpnext;
	private final String referenceField;

	ErpNextDocuments(ErpNextApi erpnext, ErpNextProperties properties) {
		this.erpnext = erpnext;
		this.referenceField = properties.referenceField();
	}

	/** The document of this type carrying our reference and submitted (or cancelled since), if any. */
	Optional<ErpReference> findSubmitted(String doctype, String reference) {
		return findSubmitted(doctype, byReference(reference));
	}

	/** The document of this type matching the filters and submitted (or cancelled since), if any. */
	Optional<ErpReference> findSubmitted(String doctype, List<List<Object>> identity) {
		return carrying(doctype, identity).filter(found -> found.path("docstatus").asInt() != 0)
			.map(found -> new ErpReference(found.path("name").asString()));
	}

	ErpReference createAndSubmit(String doctype, String reference, Supplier<ObjectNode> draft) {
		return createAndSubmit(doctype, reference, byReference(reference), draft);
	}

	/**
	 * As {@link #createAndSubmit(String, String, Supplier)}, for a document known to ERPNext by its own fields (a
	 * Purchase Invoice by supplier and bill number): {@code identity} filters find it; it still carries our reference.
	 */
	ErpReference createAndSubmit(String doctype, String reference, List<List<Object>> identity,
			Supplier<ObjectNode> draft) {
		var existing = carrying(doctype, identity);
		if (existing.isPresent()) {
			return submitted(doctype, existing.get());
		}
		var document = draft.get();
		document.put(referenceField, reference);
		JsonNode inserted;
		try {
			inserted = erpnext.insert(doctype, document);
		}
		catch (ErpCallFailed e) {
			if (e.failure() instanceof ErpResult.PermanentFailure failure && failure.cause().equals("http_409")) {
				return submitted(doctype, carrying(doctype, identity).orElseThrow(() -> e));
			}
			throw e;
		}
		return submit(inserted);
	}

	private ErpReference submitted(String doctype, JsonNode found) {
		if (found.path("docstatus").asInt() != 0) {
			return new ErpReference(found.path("name").asString());
		}
		return submit(erpnext.get(doctype, found.path("name").asString()));
	}

	private ErpReference submit(JsonNode document) {
		var submitted = erpnext.method("frappe.client.submit", Map.of("doc", document));
		return new ErpReference(submitted.path("name").asString(document.path("name").asString()));
	}

	private List<List<Object>> byReference(String reference) {
		return List.of(List.of(referenceField, "=", reference));
	}

	private Optional<JsonNode> carrying(String doctype, List<List<Object>> identity) {
		return erpnext.list(doctype, identity, List.of("name", "docstatus"), "creation asc", 1).stream().findFirst();
	}
}
