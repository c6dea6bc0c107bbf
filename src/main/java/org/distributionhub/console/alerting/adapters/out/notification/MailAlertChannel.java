package org.distributionhub.console.alerting.adapters.out.notification;

import java.util.List;

import org.distributionhub.console.alerting.application.AlertingProperties;
import org.distributionhub.console.alerting.ports.out.AlertChannel;
import org.distributionhub.console.alerting.ports.out.AlertNotice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails each notification to hub.alerting.mail.to over the SMTP server spring.mail.* names (Jakarta Mail through
 * Spring's JavaMailSender): the headline as subject, the summary and the console link as body.
 */
@Component
class MailAlertChannel implements AlertChannel {

	private final ObjectProvider<JavaMailSender> mailSender;
	private final List<String> to;
	private final String from;

	MailAlertChannel(ObjectProvider<JavaMailSender> mailSender, AlertingProperties properties) {
		this.mailSender = mailSender;
		this.to = List.copyOf(properties.mail().to());
		this.from = properties.mail().from();
	}

	@Override
	public String name() {
		return "email";
	}

	@Override
	public boolean configured() {
		return !to.isEmpty() && mailSender.getIfAvailable() != null;
	}

	@Override
	public void send(AlertNotice notice) {
		var sender = mailSender.getIfAvailable();
		if (sender == null || to.isEmpty()) {
			throw new IllegalStateException("No alert e-mail is configured (spring.mail.host, hub.alerting.mail.to)");
		}
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to.toArray(String[]::new));
		message.setSubject(notice.headline());
		message.setText(notice.text());
		sender.send(message);
	}
}
