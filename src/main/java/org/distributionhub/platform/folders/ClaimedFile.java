package org.distributionhub.platform.folders;

import java.time.Instant;

/** A file this hub claimed: its name in the inbox, its bytes and when it was claimed. */
public record ClaimedFile(String name, byte[] content, Instant claimedAt) {
}
