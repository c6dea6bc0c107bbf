package org.distributionhub.shared;

/**
 * Thrown by a listener that cannot apply an event yet because something it needs has not arrived (a posting it must
 * follow, a partner that is not set up): the event backbone keeps the delivery waiting, tries it again on its waiting
 * schedule without counting an attempt, and shows it to people as waiting for {@link #prerequisite()} rather than as
 * an error; a wait past its deadline becomes an incident, never a dead letter.
 */
public class WaitingForPrerequisite extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String prerequisite;

	/**
	 * @param prerequisite what the delivery waits for, in a few words a person recognises
	 * @param message the whole sentence for the log and the deliveries page
	 */
	public WaitingForPrerequisite(String prerequisite, String message) {
		super(message);
		this.prerequisite = prerequisite;
	}

	public String prerequisite() {
		return prerequisite;
	}

	/** The wait this failure is or is caused by, if any. */
	public static java.util.Optional<WaitingForPrerequisite> in(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof WaitingForPrerequisite waiting) {
				return java.util.Optional.of(waiting);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return java.util.Optional.empty();
	}
}
