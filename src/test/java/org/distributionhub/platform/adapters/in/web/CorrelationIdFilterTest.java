package org.distributionhub.platform.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.distributionhub.platform.correlation.Correlation;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CorrelationIdFilterTest {

	private final CorrelationIdFilter filter = new CorrelationIdFilter();

	@Test
	void takesTheCallersCorrelationIdIntoTheLogContextAndEchoesIt() throws Exception {
		var request = new MockHttpServletRequest("POST", "/api/v1/anything");
		request.addHeader(Correlation.HEADER, "erp-batch-42");
		var response = new MockHttpServletResponse();
		var seen = new AtomicReference<String>();

		filter.doFilter(request, response, (req, res) -> seen.set(MDC.get(Correlation.MDC_KEY)));

		assertThat(seen.get()).isEqualTo("erp-batch-42");
		assertThat(response.getHeader(Correlation.HEADER)).isEqualTo("erp-batch-42");
		assertThat(MDC.get(Correlation.MDC_KEY)).isNull();
	}

	@Test
	void makesAFreshIdWhenTheCallerSendsNoneOrAMalformedOne() throws Exception {
		var request = new MockHttpServletRequest("GET", "/");
		request.addHeader(Correlation.HEADER, "bad id with spaces\nand a newline");
		var response = new MockHttpServletResponse();
		var seen = new AtomicReference<String>();

		filter.doFilter(request, response, (req, res) -> seen.set(MDC.get(Correlation.MDC_KEY)));

		assertThat(seen.get()).matches("[0-9a-f-]{36}");
		assertThat(response.getHeader(Correlation.HEADER)).isEqualTo(seen.get());
	}
}
