package org.distributionhub.console.alerting.ports.out;

/** A way to tell people about an alert; a failure to send throws, and the notification is retried. */
public interface AlertChannel {

	/** The channel's name in the history: webhook, email. */
	String name();

	/** Whether it is set up; an alert fired while it is not gets no notification on it. */
	boolean configured();

	void send(AlertNotice notice);
}
