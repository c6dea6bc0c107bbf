package org.distributionhub.shared;

import java.util.List;
import java.util.Set;

/**
 * An event that states the state of one or more business objects, each with its version. The event backbone keeps,
 * per listener and object, the newest version the listener applied: a delivery that states an older or the same
 * version of every object is acknowledged as superseded without running the listener, and one that is older for
 * some of its objects runs the listener with {@link #onlyFor} those that are newer (docs/adr/0017).
 *
 * @param <E> the event type itself
 */
public interface StateEvent<E extends StateEvent<E>> extends IntegrationEvent {

	/** The objects whose state this event states, with their versions; empty when it states none. */
	List<StateVersion> states();

	/** This event narrowed to the named objects (a subset of {@link #states()}); the rest of it unchanged. */
	E onlyFor(Set<String> objects);
}
