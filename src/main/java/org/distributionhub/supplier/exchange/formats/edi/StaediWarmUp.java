package org.distributionhub.supplier.exchange.formats.edi;

import java.nio.charset.StandardCharsets;

import org.distributionhub.supplier.exchange.formats.edifact.EdifactMessageReader;
import org.distributionhub.supplier.exchange.formats.x12.X12MessageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads one small X12 and one EDIFACT interchange while the hub starts, before it serves requests: StAEDI loads
 * its control schemas into a static cache on first use without locking, so two partner messages arriving at once on
 * a cold start must not be the first to load them.
 */
@Component
class StaediWarmUp {

	private static final Logger log = LoggerFactory.getLogger(StaediWarmUp.class);

	private static final String X12 = "ISA*00*          *00*          *ZZ*WARMUP         *ZZ*DISTHUB        "
			+ "*261127*1200*U*00401*000000001*0*P*>~GS*FA*WARMUP*DISTHUB*20261127*1200*1*X*004010~ST*997*0001~"
			+ "AK1*PO*1~AK9*A*0*0*0~SE*4*0001~GE*1*1~IEA*1*000000001~";

	private static final String EDIFACT = "UNA:+.? 'UNB+UNOC:3+WARMUP:ZZZ+DISTHUB:ZZZ+261127:1200+1'"
			+ "UNH+1+CONTRL:D:3:UN'UCI+1+DISTHUB:ZZZ+WARMUP:ZZZ+7'UNT+3+1'UNZ+1+1'";

	StaediWarmUp(X12MessageReader x12, EdifactMessageReader edifact) {
		long start = System.nanoTime();
		x12.read(X12.getBytes(StandardCharsets.US_ASCII));
		edifact.read(EDIFACT.getBytes(StandardCharsets.US_ASCII));
		log.debug("EDI schemas loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
	}
}
