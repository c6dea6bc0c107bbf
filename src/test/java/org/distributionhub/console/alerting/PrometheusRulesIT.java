package org.distributionhub.console.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.distributionhub.console.ports.in.IncidentKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * config/prometheus/alerts.yml parses as Prometheus alerting rules, and every metric its expressions name is one the
 * running hub exposes on /actuator/prometheus (scraped as an AUDITOR would), every incident kind it names a real one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PrometheusRulesIT {

	private static final Path RULES = Path.of("config", "prometheus", "alerts.yml");

	/** PromQL words that are not metric names: operators, modifiers and aggregation clauses. */
	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
			"group_left", "group_right", "bool", "offset");

	private static final Pattern DURATION = Pattern.compile("(\\d+(ms|s|m|h|d|w|y))+");
	private static final Pattern KIND_MATCHER = Pattern.compile("kind=~?\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@Test
	void theRulesNameOnlyMetricsAndIncidentKindsTheHubExposes() throws Exception {
		assertThat(metricsIn("sum without (state) (hub_a{state=~\"x|y\"}[5m]) > 3 and on (kind) absent(b_c)"))
			.as("the checker itself").containsExactlyInAnyOrder("hub_a", "b_c");
		JsonNode rules = YAMLMapper.builder().build().readTree(RULES.toFile());
		Set<String> exposed = exposedMetrics();
		assertThat(exposed).contains("hub_incidents", "hub_incidents_oldest_seconds", "hub_alerts_open",
				"hub_erp_oldest_unsent_seconds");

		Set<String> alerts = new LinkedHashSet<>();
		for (JsonNode group : rules.get("groups")) {
			assertThat(group.get("name").asString()).isNotBlank();
			for (JsonNode rule : group.get("rules")) {
				String alert = rule.get("alert").asString();
				assertThat(alerts.add(alert)).as("alert names are unique: " + alert).isTrue();
				String expr = rule.get("expr").asString();
				assertThat(metricsIn(expr)).as(alert + ": " + expr).isNotEmpty().isSubsetOf(exposed);
				assertThat(kindsIn(expr)).as(alert).allMatch(kind -> Arrays.stream(IncidentKind.values())
					.anyMatch(known -> known.name().equals(kind)));
				if (rule.has("for")) {
					assertThat(rule.get("for").asString()).as(alert).matches(DURATION);
				}
				assertThat(rule.get("labels").get("severity").asString()).as(alert).isIn("warning", "critical");
				assertThat(rule.get("annotations").get("summary").asString()).as(alert).isNotBlank();
			}
		}
		assertThat(alerts).contains("HubErpBacklogOld", "HubErpBacklogLarge", "HubDeliveriesDeadLettered",
				"HubAcknowledgementsOverdue", "HubOrdersStuck", "HubInventorySyncLag", "HubControlNumbersReused");
	}

	/** The metric names an expression uses: identifiers outside label matchers, ranges and clauses, not functions. */
	static Set<String> metricsIn(String expr) {
		String bare = expr.replaceAll("\"[^\"]*\"", "\"\"")
			.replaceAll("\\{[^}]*}", " ")
			.replaceAll("\\[[^]]*]", " ")
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
		Set<String> names = new HashSet<>();
		Matcher matcher = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?").matcher(bare);
		while (matcher.find()) {
			String token = matcher.group();
			if (!token.endsWith("(") && !KEYWORDS.contains(token)) {
				names.add(token);
			}
		}
		return names;
	}

	private static Set<String> kindsIn(String expr) {
		Set<String> kinds = new HashSet<>();
		Matcher matcher = KIND_MATCHER.matcher(expr);
		while (matcher.find()) {
			kinds.addAll(List.of(matcher.group(1).split("\\|")));
		}
		return kinds;
	}

	private Set<String> exposedMetrics() throws IOException, InterruptedException {
		String auditor = "Basic " + Base64.getEncoder()
			.encodeToString("auditor:auditor-secret-for-tests".getBytes(StandardCharsets.UTF_8));
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
				.header("Authorization", auditor)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body()
			.lines()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("[{ ]", 2)[0])
			.collect(Collectors.toSet());
	}
}
