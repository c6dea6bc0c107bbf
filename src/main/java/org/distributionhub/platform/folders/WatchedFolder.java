package org.distributionhub.platform.folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One watched folder, worked the same way for every module. Each round first puts back files whose claim was
 * abandoned, then looks at every file in the inbox except hidden ones and those a transfer is still writing by name
 * ({@code .tmp}, {@code .part}, {@code .partial}, {@code .filepart}). A file counts as complete once its modification
 * time is at least the settle time old and its size and modification time are what the previous round saw, if it
 * saw the file. A complete file is claimed by one atomic rename into a claim folder of its own under the claims
 * folder, so a second hub or a second round never takes it, and handed to the module: then archived, or refused to
 * {@code error/} beside a note, or, when the handler throws, put back with its name and time for the next round.
 */
public final class WatchedFolder {

	private static final Logger log = LoggerFactory.getLogger(WatchedFolder.class);

	private static final List<String> UNFINISHED = List.of(".tmp", ".part", ".partial", ".filepart");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS")
		.withZone(ZoneOffset.UTC);

	private final String label;
	private final FolderLayout layout;
	private final FolderRules rules;
	private final Clock clock;
	private final FolderClaims claims;
	private Map<Path, Look> previousLooks = Map.of();

	/** {@code label} names the folder in the log ("supplier ACME inbox"). */
	public WatchedFolder(String label, FolderLayout layout, FolderRules rules, Clock clock) {
		this.label = label;
		this.layout = layout;
		this.rules = rules;
		this.clock = clock;
		this.claims = new FolderClaims(layout);
	}

	/** One round; returns how many files were archived or refused. */
	public synchronized int poll(FileHandler handler) {
		if (!Files.isDirectory(layout.inbox())) {
			return 0;
		}
		Instant now = clock.instant();
		Map<Path, Look> looks = new HashMap<>();
		int taken = 0;
		try {
			int released = claims.releaseAbandoned(now.minus(rules.claimTimeout()));
			if (released > 0) {
				log.warn("{}: {} file(s) of an abandoned claim put back into the inbox", label, released);
			}
			for (Path file : waiting()) {
				Optional<Look> look = Look.of(file);
				if (look.isEmpty()) {
					continue;
				}
				if (taken < rules.filesPerRound()
						&& look.get().complete(previousLooks.get(file), now, rules.settleTime())) {
					// A file of this name in a later round is another file, or this one put back as it was.
					taken += take(file, now, handler) ? 1 : 0;
				}
				else {
					looks.put(file, look.get());
				}
			}
		}
		catch (IOException e) {
			log.warn("{}: the folder could not be worked through: {}", label, e.toString());
		}
		previousLooks = looks;
		return taken;
	}

	private List<Path> waiting() throws IOException {
		try (Stream<Path> files = Files.list(layout.inbox())) {
			return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.filter(file -> taken(file.getFileName().toString()))
				.sorted()
				.toList();
		}
	}

	private boolean taken(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return !name.startsWith(".") && UNFINISHED.stream().noneMatch(lower::endsWith) && rules.accepted().test(name);
	}

	private boolean take(Path file, Instant now, FileHandler handler) {
		String name = file.getFileName().toString();
		Optional<Path> claim;
		try {
			claim = claims.claim(file, now);
		}
		catch (IOException e) {
			log.warn("{}: {} could not be claimed and stays in the inbox: {}", label, name, e.toString());
			return false;
		}
		if (claim.isEmpty()) {
			return false;
		}
		Path claimed = claim.get();
		try {
			Optional<FileOutcome> outcome = handle(claimed, name, now, handler);
			if (outcome.isEmpty()) {
				claims.release(claimed);
				return false;
			}
			finish(claimed, name, now, outcome.get());
			return true;
		}
		catch (IOException e) {
			log.warn("{}: {} could not be finished and goes back to the inbox: {}", label, name, e.toString());
			claims.releaseQuietly(claimed);
			return false;
		}
	}

	/** The module's outcome; empty after a transient failure. */
	private Optional<FileOutcome> handle(Path claimed, String name, Instant now, FileHandler handler)
			throws IOException {
		long size = Files.size(claimed);
		long limit = rules.maxSize().toBytes();
		if (size > limit) {
			return Optional.of(FileOutcome.refused("The file is " + size + " bytes, more than the " + limit
					+ " bytes a file may have here (" + rules.sizeSetting() + "); it was not read."));
		}
		byte[] content = Files.readAllBytes(claimed);
		try {
			return Optional.of(handler.handle(new ClaimedFile(name, content, now)));
		}
		catch (RuntimeException e) {
			log.error("{}: {} could not be taken in; it goes back to the inbox and is tried again", label, name, e);
			return Optional.empty();
		}
	}

	private void finish(Path claimed, String name, Instant now, FileOutcome outcome) throws IOException {
		String tag = outcome.tag() != null ? outcome.tag() : STAMP.format(now);
		String text = outcome.text();
		if (outcome.archive()) {
			Path placed = claims.finish(claimed, layout.archive(), tag, ".report.txt", text);
			log.info("{}: {} taken in and archived as {}", label, name, placed);
		}
		else {
			String note = "File: " + name + "\nRefused: " + now + "\n" + (text == null ? "" : text.strip()) + "\n";
			Path placed = claims.finish(claimed, layout.error(), tag, ".error.txt", note);
			log.info("{}: {} refused, moved to {} beside a note saying why", label, name, placed);
		}
	}

	/** What a file looked like in one round. */
	record Look(long size, Instant modified) {

		static Optional<Look> of(Path file) {
			try {
				return Optional.of(new Look(Files.size(file),
						Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant()));
			}
			catch (IOException gone) {
				return Optional.empty();
			}
		}

		boolean complete(@Nullable Look previous, Instant now, Duration settle) {
			return !modified.isAfter(now.minus(settle)) && (previous == null || equals(previous));
		}
	}
}
