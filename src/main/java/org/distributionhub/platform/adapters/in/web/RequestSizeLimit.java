package org.distributionhub.platform.adapters.in.web;

import java.io.IOException;

import org.distributionhub.platform.problems.ApiProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
 * inventory feeds, uploads) still apply it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(@Value("${hub.api.max-body-size:20MB}") DataSize maxBodySize) {
		this.maxBytes = maxBodySize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + ApiFrameworkProblems.API);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			ApiProblems.write(request, response, BodyTooLarge.problem(maxBytes));
			return;
		}
		chain.doFilter(declared < 0 ? new Limited(request, maxBytes) : request, response);
	}

	/** A request whose body reads up to the limit and then fails with {@link BodyTooLarge}. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long maxBytes;

		private @Nullable ServletInputStream body;

		Limited(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				body = new CountedBody(super.getInputStream(), maxBytes);
			}
			return body;
		}
	}

	private static final class CountedBody extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private long read;

		CountedBody(ServletInputStream in, long maxBytes) {
			this.in = in;
			this.maxBytes = maxBytes;
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
