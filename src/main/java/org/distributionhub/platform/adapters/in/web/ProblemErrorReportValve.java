package org.distributionhub.platform.adapters.in.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.distributionhub.platform.problems.ApiProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own answer to what it refuses before the hub sees the request (headers larger than
 * server.max-http-request-header-size, a malformed request line or header) in the hub's problem shape (ADR 0012)
 * instead of Tomcat's HTML page. Answers the hub wrote itself are left as they are.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.shared();

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = known == null ? "Request refused" : known.getReasonPhrase();
		ProblemDetail problem = ApiProblems.problem(known == null ? HttpStatus.BAD_REQUEST : known, title,
				detail(status));
		var body = new LinkedHashMap<String, Object>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", status);
		body.put("detail", problem.getDetail());
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getReporter().write(JSON.writeValueAsString(body));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException e) {
			// The client went away or the connection is closing; there is no one to answer.
		}
	}

	private static String detail(int status) {
		return status == HttpStatus.BAD_REQUEST.value()
				? "The request line or headers could not be read: headers larger than the server allows "
						+ "(server.max-http-request-header-size) or not well formed"
				: "The server refused the request before the hub read it";
	}
}
