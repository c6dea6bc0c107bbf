package org.distributionhub.probesender;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drives the crash-recovery drill when the hub runs as a separate process: with hub.probe.burst=N it sends N probes
 * tagged hub.probe.tag, printing progress; with hub.probe.report-drained it prints a line once every publication is
 * completed and every tagged probe was received, so the test knows when to stop the process.
 */
@Component
class ProbeDrill {

	private static final Logger LOG = LoggerFactory.getLogger(ProbeDrill.class);

	private final ProbeSender sender;
	private final JdbcClient jdbc;
	private final int burst;
	private final String tag;
	private final boolean reportDrained;

	ProbeDrill(ProbeSender sender, JdbcClient jdbc, @Value("${hub.probe.burst:0}") int burst,
			@Value("${hub.probe.tag:probe}") String tag, @Value("${hub.probe.report-drained:false}") boolean reportDrained) {
		this.sender = sender;
		this.jdbc = jdbc;
		this.burst = burst;
		this.tag = tag;
		this.reportDrained = reportDrained;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (burst > 0) {
			new Thread(this::sendBurst, "probe-burst").start();
		}
		if (reportDrained) {
			var watch = new Thread(this::watchDrain, "probe-drain-watch");
			watch.setDaemon(true);
			watch.start();
		}
	}

	private void sendBurst() {
		for (int i = 1; i <= burst; i++) {
			sender.send(tag + "-" + i, i % 10 == 0 ? 1 : 0);
			if (i % 25 == 0) {
				System.out.println("probe-burst sent " + i);
				System.out.flush();
			}
		}
		System.out.println("probe-burst done");
	}

	private void watchDrain() {
		while (true) {
			try {
				Thread.sleep(300);
				long pending = jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
					.param("%" + tag + "-%")
					.query(Long.class)
					.single();
				long sent = count("SELECT COUNT(*) FROM probe_sent WHERE payload LIKE ?");
				long received = count("SELECT COUNT(DISTINCT event_id) FROM probe_received WHERE payload LIKE ?");
				if (pending == 0 && sent == received) {
					System.out.println("probe-drained sent=" + sent + " received=" + received);
					System.out.flush();
					return;
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				LOG.warn("Drain check failed: {}", e.toString());
			}
		}
	}

	private long count(String sql) {
		return jdbc.sql(sql).param(tag + "-%").query(Long.class).single();
	}
}
