package org.distributionhub.platform.folders;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.util.unit.DataSize;

/**
 * How a watched folder is worked: how long a file must rest unchanged before it counts as complete, the largest file
 * read (a larger one is refused unread, naming {@code sizeSetting}), which names are taken at all (hidden files and
 * the unfinished names of transfers never are), how many files one round takes and when an unfinished claim counts as
 * abandoned.
 */
public record FolderRules(Duration settleTime, DataSize maxSize, String sizeSetting, Predicate<String> accepted,
		int filesPerRound, Duration claimTimeout) {

	/** At most this many files per folder and round, so one busy folder does not hold up the others. */
	public static final int FILES_PER_ROUND = 50;

	/** A claim older than this was left by a hub that stopped; the file goes back to the inbox. */
	public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

	/** Every name is taken, {@link #FILES_PER_ROUND} files a round, claims abandoned after {@link #CLAIM_TIMEOUT}. */
	public static FolderRules of(Duration settleTime, DataSize maxSize, String sizeSetting) {
		return new FolderRules(settleTime, maxSize, sizeSetting, name -> true, FILES_PER_ROUND, CLAIM_TIMEOUT);
	}

	/** The same rules, taking only files whose name ends in {@code extension} (in any case); others stay put. */
	public FolderRules onlyEndingIn(String extension) {
		String lower = extension.toLowerCase(Locale.ROOT);
		return new FolderRules(settleTime, maxSize, sizeSetting,
				name -> name.toLowerCase(Locale.ROOT).endsWith(lower), filesPerRound, claimTimeout);
	}
}
