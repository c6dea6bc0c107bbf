package org.distributionhub.platform.folders;

import java.nio.file.Path;

/**
 * Where a watched folder's files are: {@code inbox} is watched, {@code claims} holds the files a hub is working on (it
 * must be on the inbox's file system, so a claim is one atomic rename), then a file ends in {@code archive} or in
 * {@code error}.
 */
public record FolderLayout(Path inbox, Path claims, Path archive, Path error) {

	/** The name of the hidden claims folder. */
	public static final String CLAIMS = ".processing";

	/** {@code inbox/}, {@code .processing/}, {@code archive/} and {@code error/} side by side in {@code folder}. */
	public static FolderLayout under(Path folder) {
		return new FolderLayout(folder.resolve("inbox"), folder.resolve(CLAIMS), folder.resolve("archive"),
				folder.resolve("error"));
	}

	/** Folders configured one by one; the claims go into the inbox's hidden {@code .processing} folder. */
	public static FolderLayout of(Path inbox, Path archive, Path error) {
		return new FolderLayout(inbox, inbox.resolve(CLAIMS), archive, error);
	}
}
