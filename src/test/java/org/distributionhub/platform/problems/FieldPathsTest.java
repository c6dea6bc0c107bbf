package org.distributionhub.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class FieldPathsTest {

	record Order(List<Line> lines) {
	}

	record Line(BigDecimal quantity) {
	}

	@Test
	void aReaderFailureIsNamedByItsPathFromTheBody() {
		var failure = catchThrowableOfType(JacksonException.class,
				() -> JsonMapper.shared().readValue("{\"lines\": [{}, {\"quantity\": \"lots\"}]}", Order.class));

		assertThat(FieldPaths.of(failure)).isEqualTo("$.lines[1].quantity");
		assertThat(JsonMistakes.message(failure)).isEqualTo("Expected a number");
	}

	@Test
	void aFieldNameBecomesAPathAndAPathLosesItsRootForAFilesReport() {
		assertThat(FieldPaths.ofField("lines[0].quantity")).isEqualTo("$.lines[0].quantity");
		assertThat(FieldPaths.ofField("")).isEqualTo("$");
		assertThat(FieldPaths.ofField("$.name")).isEqualTo("$.name");
		assertThat(FieldPaths.relative("$.ediIdentity.qualifier")).isEqualTo("ediIdentity.qualifier");
		assertThat(FieldPaths.relative("$")).isEmpty();
	}

	@Test
	void aProblemsTypeIsTheSlugOfItsTitle() {
		var problem = ApiProblems.invalid(List.of(ApiProblems.error("$.lines[0].quantity", "must be greater than 0"),
				ApiProblems.error("page", "is 0 or more")));

		assertThat(problem.getType()).hasToString(ApiProblems.TYPE_BASE + "invalid-request");
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getDetail()).isEqualTo("$.lines[0].quantity: must be greater than 0 (and 1 more)");
	}
}
