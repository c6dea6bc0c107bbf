package org.distributionhub.platform.adapters.in.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.distributionhub.platform.problems.ApiProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses an API request whose body is larger than hub.api.max-body-size with a 413 problem: at once, unread, when
 * its declared length is larger; for a body sent without a length (chunked), the reading stops at the limit with
 * {@link BodyTooLarge}, which is answered 413 too. APIs with a smaller limit of their own (partner messages,
 * inventory feeds, uploads) still apply it. hub.api.body-limits gives an API (by path prefix) a smaller limit of its
 * own, enforced the same way: an order of at most 500 lines has no reason to be megabytes long.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	/** Smaller limits by path prefix, the longest prefix first. */
	private final List<Map.Entry<String, Long>> byPath;

	RequestSizeLimit(@Value("${hub.api.max-body-size:20MB}") DataSize maxBodySize, Environment environment) {
		this.maxBytes = maxBodySize.toBytes();
		this.byPath = Binder.get(environment)
			.bind("hub.api.body-limits", Bindable.mapOf(String.class, DataSize.class))
			.orElse(Map.of())
			.entrySet()
			.stream()
			.map(limit -> Map.entry(limit.getKey(), Math.min(maxBytes, limit.getValue().toBytes())))
			.sorted(Comparator.comparingInt((Map.Entry<String, Long> limit) -> limit.getKey().length()).reversed())
			.toList();
	}

	/** The limit for a request's path: the one of the longest matching prefix, else hub.api.max-body-size. */
	long limitFor(String path) {
		for (var limit : byPath) {
			String prefix = limit.getKey();
			if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
				return limit.getValue();
			}
		}
		return maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + ApiFrameworkProblems.API);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request.getRequestURI().substring(request.getContextPath().length()));
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			ApiProblems.write(request, response, BodyTooLarge.problem(limit));
			return;
		}
		chain.doFilter(declared < 0 ? new Limited(request, response, limit) : request, response);
	}

	/**
	 * Answers 413 at once, complete with its length and closing the connection, so that the client gets the answer
	 * whole although the rest of its body is never read; the advices find the response committed.
	 */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, long maxBytes) {
		if (response.isCommitted()) {
			return;
		}
		try {
			byte[] body = ApiProblems.json(request, BodyTooLarge.problem(maxBytes));
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setHeader(HttpHeaders.CONNECTION, "close");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			response.flushBuffer();
		}
		catch (IOException | IllegalStateException e) {
			// The client went away; the reader still stops with BodyTooLarge.
		}
	}

	/** A request whose body reads up to the limit and then fails with {@link BodyTooLarge}. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long maxBytes;

		private final HttpServletResponse response;

		private @Nullable ServletInputStream body;

		Limited(HttpServletRequest request, HttpServletResponse response, long maxBytes) {
			super(request);
			this.response = response;
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				body = new CountedBody(super.getInputStream(), maxBytes,
						() -> refuse((HttpServletRequest) getRequest(), response, maxBytes));
			}
			return body;
		}
	}

	private static final class CountedBody extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private final Runnable onTooLarge;

		private long read;

		CountedBody(ServletInputStream in, long maxBytes, Runnable onTooLarge) {
			this.in = in;
			this.maxBytes = maxBytes;
			this.onTooLarge = onTooLarge;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLarge {
			read += n;
			if (read > maxBytes) {
				onTooLarge.run();
				throw new BodyTooLarge(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}
}
