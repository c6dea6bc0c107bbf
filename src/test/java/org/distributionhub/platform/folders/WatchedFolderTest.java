package org.distributionhub.platform.folders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.distributionhub.shared.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The watched folder on real folders: settling, claiming, archiving, refusing and putting back. */
class WatchedFolderTest {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	private static final FolderRules RULES = FolderRules.of(Duration.ofSeconds(10), DataSize.ofBytes(100),
			"hub.test.max-size");

	@TempDir
	Path root;

	private final MovableClock clock = new MovableClock(NOW);
	private final List<ClaimedFile> handed = Collections.synchronizedList(new ArrayList<>());
	private WatchedFolder folder;

	@BeforeEach
	void setUp() throws IOException {
		Files.createDirectories(root.resolve("inbox"));
		folder = watched(RULES);
	}

	@Test
	void aCompleteFileIsHandedOverWithItsNameAndBytesThenArchived() throws IOException {
		drop("acks.csv", "a,b\n", NOW.minusSeconds(60));

		assertThat(folder.poll(archiving())).isEqualTo(1);

		assertThat(handed).singleElement().satisfies(file -> {
			assertThat(file.name()).isEqualTo("acks.csv");
			assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("a,b\n");
			assertThat(file.claimedAt()).isEqualTo(NOW);
		});
		assertThat(files("inbox")).isEmpty();
		assertThat(files("archive")).containsExactly("acks.csv");
		assertThat(files(".processing")).as("the claim is ended").isEmpty();
	}

	@Test
	void aFileYoungerThanTheSettleTimeWaitsUntilItRestedThatLong() throws IOException {
		drop("acks.csv", "a,b\n", NOW.minusSeconds(3));

		assertThat(folder.poll(archiving())).isZero();
		clock.advance(Duration.ofSeconds(6));
		assertThat(folder.poll(archiving())).as("unchanged since the last round, but not yet 10s old").isZero();
		clock.advance(Duration.ofSeconds(1));
		assertThat(folder.poll(archiving())).isEqualTo(1);
	}

	@Test
	void aFileWhoseSizeOrTimeChangedSinceThePreviousRoundWaitsEvenWithAnOldTime() throws IOException {
		drop("acks.csv", "a,b\n", NOW.minusSeconds(3));
		assertThat(folder.poll(archiving())).isZero();

		// A writer whose clock is behind: the file grew, yet its time says it is old.
		drop("acks.csv", "a,b\n1,2\n", NOW.minusSeconds(600));
		clock.advance(Duration.ofSeconds(5));
		assertThat(folder.poll(archiving())).as("it changed since the last round").isZero();

		clock.advance(Duration.ofSeconds(5));
		assertThat(folder.poll(archiving())).isEqualTo(1);
		assertThat(new String(handed.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
	}

	@Test
	void aNewFileUnderTheNameOfOneTakenBeforeIsTakenOnItsOwnTime() throws IOException {
		drop("acks.csv", "a,b\n", NOW.minusSeconds(60));
		assertThat(folder.poll(archiving())).isEqualTo(1);

		drop("acks.csv", "a,b\n1,2\n", NOW.minusSeconds(30));
		assertThat(folder.poll(archiving())).isEqualTo(1);

		assertThat(handed).extracting(file -> new String(file.content(), StandardCharsets.UTF_8))
			.containsExactly("a,b\n", "a,b\n1,2\n");
	}

	@Test
	void hiddenFilesTransfersStillWritingAndNamesNotTakenStayInTheInbox() throws IOException {
		folder = watched(RULES.onlyEndingIn(".json"));
		for (String name : List.of(".po.json", "po.json.tmp", "po.json.part", "PO.JSON.PARTIAL", "po.json.filepart",
				"po.csv")) {
			drop(name, "{}", NOW.minusSeconds(600));
		}
		drop("PO-1.JSON", "{}", NOW.minusSeconds(600));

		assertThat(folder.poll(archiving())).isEqualTo(1);

		assertThat(handed).extracting(ClaimedFile::name).containsExactly("PO-1.JSON");
		assertThat(files("inbox")).hasSize(6);
	}

	@Test
	void twoHubsPollingAtOnceTakeEveryFileExactlyOnce() throws Exception {
		for (int i = 0; i < 40; i++) {
			drop("f-" + i + ".csv", "row " + i, NOW.minusSeconds(60));
		}
		var other = watched(RULES);
		var start = new CyclicBarrier(2);

		var first = CompletableFuture.supplyAsync(() -> pollAfter(start, folder));
		var second = CompletableFuture.supplyAsync(() -> pollAfter(start, other));

		assertThat(first.get() + second.get()).isEqualTo(40);
		assertThat(handed).extracting(ClaimedFile::name).hasSize(40).doesNotHaveDuplicates();
		assertThat(files("archive")).hasSize(40);
		assertThat(files("inbox")).isEmpty();
	}

	@Test
	void aFileBeingHandledIsNotTakenByAnotherRoundOrHub() throws IOException {
		drop("acks.csv", "a,b\n", NOW.minusSeconds(60));
		var other = watched(RULES);
		List<Integer> takenMeanwhile = new ArrayList<>();

		folder.poll(file -> {
			takenMeanwhile.add(other.poll(archiving()));
			return FileOutcome.archived();
		});

		assertThat(takenMeanwhile).containsExactly(0);
		assertThat(handed).isEmpty();
		assertThat(files("archive")).containsExactly("acks.csv");
	}

	@Test
	void anArchivedFileKeepsItsReportBesideItAndATakenNameGetsTheClaimTime() throws IOException {
		Files.createDirectories(root.resolve("archive"));
		Files.writeString(root.resolve("archive/acks.csv"), "yesterday's");
		drop("acks.csv", "a,b\n", NOW.minusSeconds(60));

		folder.poll(file -> FileOutcome.archivedWithReport("2 rows applied\n"));

		assertThat(root.resolve("archive/acks.csv")).hasContent("yesterday's");
		assertThat(files("archive")).containsExactly("acks-20261204-100000000.csv",
				"acks-20261204-100000000.csv.report.txt", "acks.csv");
		assertThat(root.resolve("archive/acks-20261204-100000000.csv.report.txt")).hasContent("2 rows applied");
	}

	@Test
	void aModuleMayTagATakenNameWithItsOwnId() throws IOException {
		Files.createDirectories(root.resolve("error"));
		Files.writeString(root.resolve("error/acks.csv"), "yesterday's");
		drop("acks.csv", "a,b\n", NOW.minusSeconds(60));

		folder.poll(file -> FileOutcome.refused("no").taggedWith("1a2b3c4d"));

		assertThat(files("error")).contains("acks-1a2b3c4d.csv", "acks-1a2b3c4d.csv.error.txt");
	}

	@Test
	void aRefusedFileGoesToErrorBesideANoteNamingFileTimeAndReason() throws IOException {
		drop("acks.csv", "nonsense", NOW.minusSeconds(60));

		assertThat(folder.poll(file -> FileOutcome.refused("Unknown column 'x'\nNothing was applied."))).isEqualTo(1);

		assertThat(files("error")).containsExactly("acks.csv", "acks.csv.error.txt");
		assertThat(root.resolve("error/acks.csv")).hasContent("nonsense");
		assertThat(Files.readAllLines(root.resolve("error/acks.csv.error.txt"))).containsExactly("File: acks.csv",
				"Refused: " + NOW, "Unknown column 'x'", "Nothing was applied.");
		assertThat(files("inbox")).isEmpty();
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedUnreadNamingTheSetting() throws IOException {
		drop("big.csv", "x".repeat(101), NOW.minusSeconds(60));

		assertThat(folder.poll(archiving())).isEqualTo(1);

		assertThat(handed).isEmpty();
		assertThat(root.resolve("error/big.csv.error.txt")).content()
			.contains("101 bytes, more than the 100 bytes", "(hub.test.max-size)");
	}

	@Test
	void aTransientFailurePutsTheFileBackAsItWasForTheNextRound() throws IOException {
		Instant written = NOW.minusSeconds(60);
		drop("acks.csv", "a,b\n", written);

		assertThat(folder.poll(file -> {
			throw new IllegalStateException("database unavailable");
		})).isZero();

		assertThat(files("inbox")).containsExactly("acks.csv");
		assertThat(Files.getLastModifiedTime(root.resolve("inbox/acks.csv")).toInstant()).isEqualTo(written);
		assertThat(files(".processing")).isEmpty();
		assertThat(files("error")).isEmpty();

		assertThat(folder.poll(archiving())).isEqualTo(1);
		assertThat(files("archive")).containsExactly("acks.csv");
	}

	@Test
	void aClaimAbandonedByAStoppedHubIsPutBackOnceItTimedOut() throws IOException {
		Path claim = Files.createDirectories(root.resolve(".processing/" + NOW.toEpochMilli() + "-0badcafe"));
		Files.writeString(claim.resolve("acks.csv"), "a,b\n");
		Files.setLastModifiedTime(claim.resolve("acks.csv"), FileTime.from(NOW.minusSeconds(60)));
		Files.writeString(root.resolve(".processing/old.csv"), "claimed by an earlier version");
		Files.setLastModifiedTime(root.resolve(".processing/old.csv"), FileTime.from(NOW));

		clock.advance(Duration.ofMinutes(5));
		assertThat(folder.poll(archiving())).as("the claim may still be another hub's").isZero();

		clock.advance(FolderRules.CLAIM_TIMEOUT);
		assertThat(folder.poll(archiving())).isEqualTo(2);
		assertThat(files("archive")).containsExactly("acks.csv", "old.csv");
		assertThat(files(".processing")).isEmpty();
	}

	@Test
	void oneRoundTakesAtMostFilesPerRound() throws IOException {
		for (int i = 0; i < FolderRules.FILES_PER_ROUND + 3; i++) {
			drop("f-%03d.csv".formatted(i), "x", NOW.minusSeconds(60));
		}

		assertThat(folder.poll(archiving())).isEqualTo(FolderRules.FILES_PER_ROUND);
		assertThat(folder.poll(archiving())).isEqualTo(3);
	}

	@Test
	void aMissingInboxIsNoRoundAndCreatesNothing() {
		var elsewhere = new WatchedFolder("test", FolderLayout.under(root.resolve("nothing")), RULES, clock);

		assertThat(elsewhere.poll(archiving())).isZero();
		assertThat(root.resolve("nothing")).doesNotExist();
	}

	@Test
	void configuredFoldersClaimInsideTheInbox() throws IOException {
		var erp = FolderLayout.of(root.resolve("in"), root.resolve("done"), root.resolve("bad"));
		Files.createDirectories(erp.inbox());
		Files.writeString(erp.inbox().resolve("po.json"), "{}");
		Files.setLastModifiedTime(erp.inbox().resolve("po.json"), FileTime.from(NOW.minusSeconds(60)));

		assertThat(new WatchedFolder("test", erp, RULES, clock).poll(archiving())).isEqualTo(1);

		assertThat(erp.claims()).isEqualTo(root.resolve("in/.processing"));
		assertThat(files("done")).containsExactly("po.json");
	}

	private WatchedFolder watched(FolderRules rules) {
		return new WatchedFolder("test inbox", FolderLayout.under(root), rules, clock);
	}

	private FileHandler archiving() {
		return file -> {
			handed.add(file);
			return FileOutcome.archived();
		};
	}

	private int pollAfter(CyclicBarrier start, WatchedFolder watched) {
		try {
			start.await();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return watched.poll(archiving());
	}

	private void drop(String name, String content, Instant modified) throws IOException {
		FolderFiles.drop(root.resolve("inbox"), name, content, modified);
	}

	private List<String> files(String folder) {
		return FolderFiles.names(root.resolve(folder));
	}
}
