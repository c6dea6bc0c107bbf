package org.distributionhub.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract comparison catches each kind of breaking change to a small OpenAPI 3.1 document shaped like the
 * hub's, and lets additive changes pass.
 */
class ContractDiffTest {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final String V1 = """
			{"openapi": "3.1.0", "info": {"title": "t", "version": "v1"},
			 "paths": {
			  "/api/v1/orders/{orderId}": {
			   "get": {"operationId": "get", "parameters": [{"in": "path", "name": "orderId", "required": true,
			     "schema": {"type": "string"}}],
			    "responses": {"200": {"description": "OK", "content": {"application/json": {"schema":
			       {"$ref": "#/components/schemas/OrderView"}}}},
			     "404": {"$ref": "#/components/responses/Problem404"}}},
			   "put": {"operationId": "change", "parameters": [{"in": "path", "name": "orderId", "required": true,
			     "schema": {"type": "string"}}],
			    "requestBody": {"required": true, "content": {"application/json": {"schema":
			       {"$ref": "#/components/schemas/OrderRequest"}}}},
			    "responses": {"200": {"description": "OK", "content": {"application/json": {"schema":
			       {"$ref": "#/components/schemas/OrderView"}}}},
			     "404": {"$ref": "#/components/responses/Problem404"}}}},
			  "/api/v1/orders": {
			   "get": {"operationId": "list", "parameters": [{"in": "query", "name": "state", "required": false,
			     "schema": {"type": "string"}}],
			    "responses": {"200": {"description": "OK", "content": {"application/json": {"schema":
			       {"type": "array", "items": {"$ref": "#/components/schemas/OrderView"}}}}}}}}},
			 "components": {
			  "schemas": {
			   "OrderView": {"type": "object", "properties": {"orderId": {"type": "string"},
			     "revision": {"type": "integer", "format": "int32"},
			     "state": {"type": "string", "enum": ["OPEN", "SHIPPED", "CANCELLED"]}}},
			   "OrderRequest": {"type": "object", "required": ["customer"], "properties": {
			     "customer": {"type": "string"}, "note": {"type": "string"},
			     "channel": {"type": "string", "enum": ["web", "edi"]}}},
			   "Problem": {"type": "object", "properties": {"status": {"type": "integer"}}}},
			  "responses": {"Problem404": {"description": "Not found", "content": {"application/problem+json":
			     {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}
			""";

	@Test
	void theSameDocumentIsNoBreak() {
		assertThat(diff(doc -> {
		})).isEmpty();
	}

	@Test
	void aRemovedPathBreaks() {
		assertBreaks(doc -> paths(doc).remove("/api/v1/orders"), "/api/v1/orders: the path was removed");
	}

	@Test
	void aRemovedOperationBreaks() {
		assertBreaks(doc -> ((ObjectNode) paths(doc).get("/api/v1/orders/{orderId}")).remove("put"), "PUT /api/v1/orders/{orderId}: the operation was removed");
	}

	@Test
	void aRemovedResponseCodeBreaks() {
		assertBreaks(doc -> ((ObjectNode) paths(doc).at("/~1api~1v1~1orders~1{orderId}/get/responses")).remove("404"), "GET /api/v1/orders/{orderId}: response 404 was removed");
	}

	@Test
	void aRemovedResponsePropertyBreaks() {
		assertBreaks(doc -> properties(doc, "OrderView").remove("revision"), "$.revision: the response property was removed");
	}

	@Test
	void aNewRequiredRequestPropertyBreaks() {
		assertBreaks(doc -> ((ArrayNode) schema(doc, "OrderRequest").get("required")).add("note"), "$.note: the request property became required");
	}

	@Test
	void aNewRequiredParameterBreaks() {
		assertBreaks(doc -> ((ArrayNode) paths(doc).at("/~1api~1v1~1orders/get/parameters")).addObject()
			.put("in", "query").put("name", "warehouse").put("required", true)
			.putObject("schema").put("type", "string"), "required parameter query warehouse was added");
	}

	@Test
	void aParameterThatBecomesRequiredBreaks() {
		assertBreaks(doc -> ((ObjectNode) paths(doc).at("/~1api~1v1~1orders/get/parameters/0")).put("required", true), "parameter query state became required");
	}

	@Test
	void aChangedPropertyTypeBreaks() {
		assertBreaks(doc -> ((ObjectNode) properties(doc, "OrderView").get("revision")).put("type", "string")
			.remove("format"), "$.revision: type [integer] became [string]");
	}

	@Test
	void aChangedRequestPropertyTypeBreaks() {
		assertBreaks(doc -> ((ObjectNode) properties(doc, "OrderRequest").get("customer")).put("type", "integer"), "$.customer: type [string] became [integer]");
	}

	@Test
	void aRemovedRequestEnumValueBreaks() {
		assertBreaks(doc -> enumOf(properties(doc, "OrderRequest"), "channel").remove(1), "$.channel: enum value \"edi\" was removed");
	}

	@Test
	void aRemovedResponseEnumValueBreaks() {
		assertBreaks(doc -> enumOf(properties(doc, "OrderView"), "state").remove(2), "$.state: enum value \"CANCELLED\" was removed");
	}

	@Test
	void additiveChangesPass() {
		List<String> breaks = diff(doc -> {
			paths(doc).putObject("/api/v1/orders/{orderId}/notes").putObject("get").put("operationId", "notes")
				.putObject("responses").putObject("200").put("description", "OK");
			properties(doc, "OrderView").putObject("promiseDate").put("type", "string").put("format", "date");
			properties(doc, "OrderRequest").putObject("warehouse").put("type", "string");
			((ArrayNode) paths(doc).at("/~1api~1v1~1orders/get/parameters")).addObject().put("in", "query")
				.put("name", "page").put("required", false).putObject("schema").put("type", "integer");
			((ObjectNode) paths(doc).at("/~1api~1v1~1orders~1{orderId}/put/responses")).putObject("409")
				.put("description", "Conflict");
			enumOf(properties(doc, "OrderRequest"), "channel").add("api");
		});
		assertThat(breaks).isEmpty();
	}

	private static void assertBreaks(Consumer<ObjectNode> mutation, String expected) {
		assertThat(diff(mutation)).isNotEmpty().allMatch(change -> change.contains(expected.substring(expected.indexOf('$') + 1)))
			.anyMatch(change -> change.contains(expected));
	}

	private static List<String> diff(Consumer<ObjectNode> change) {
		ObjectNode changed = (ObjectNode) JSON.readTree(V1);
		change.accept(changed);
		return ContractDiff.breakingChanges(JSON.readTree(V1), changed, "/api/v1/");
	}

	private static ObjectNode paths(ObjectNode doc) {
		return (ObjectNode) doc.get("paths");
	}

	private static ObjectNode schema(ObjectNode doc, String name) {
		return (ObjectNode) doc.at("/components/schemas/" + name);
	}

	private static ObjectNode properties(ObjectNode doc, String name) {
		return (ObjectNode) schema(doc, name).get("properties");
	}

	private static ArrayNode enumOf(ObjectNode properties, String name) {
		return (ArrayNode) properties.get(name).get("enum");
	}
}
