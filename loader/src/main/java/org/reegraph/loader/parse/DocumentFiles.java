package org.reegraph.loader.parse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds the documents under files and folders and reads each one's text: folders walked recursively, in name
 * order within each folder, hidden files and folders skipped, symbolic-link loops reported and not followed twice;
 * anything that is not a regular file is named, never opened (reading a named pipe or device could block for
 * ever). The first step of {@code parse}: {@link TextDecoder} and {@link DocumentParser} take the text from here.
 */
public final class DocumentFiles {

	private static final String NOT_A_FILE = "not a regular file (a device, named pipe or socket); skipped";

	private DocumentFiles() {
	}

	/**
	 * A path that was given or met in a folder but cannot be read as a document.
	 *
	 * @param document the path as given or found
	 * @param reason why, in words for the person who supplied it
	 */
	public record Unreadable(String document, String reason) {
	}

	/**
	 * Lists the documents under the given paths: files as given, folders recursively (hidden files skipped,
	 * symbolic-link loops reported, not followed twice).
	 *
	 * @param paths files or folders
	 * @param problems receives each path that cannot be listed or read
	 * @return the files, in the order given, sorted within each folder
	 */
	public static List<Path> expand(List<Path> paths, List<Unreadable> problems) {
		List<Path> files = new ArrayList<>();
		for (Path p : paths) {
			if (!Files.exists(p)) {
				problems.add(new Unreadable(p.toString(), "no such file or folder"));
				continue;
			}
			if (!Files.isDirectory(p)) {
				files.add(p);
				continue;
			}
			List<Path> found = new ArrayList<>();
			try {
				Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
						new SimpleFileVisitor<>() {
							@Override
							public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
								return !dir.equals(p) && dir.getFileName().toString().startsWith(".")
										? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
							}

							@Override
							public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
								if (file.getFileName().toString().startsWith(".")) {
									return FileVisitResult.CONTINUE;
								}
								if (attrs.isRegularFile()) {
									found.add(file);
								}
								else if (attrs.isSymbolicLink()) {
									// the walker hands over the link itself when its target cannot be reached
									problems.add(new Unreadable(file.toString(), brokenLink(file)));
								}
								else if (attrs.isOther()) {
									problems.add(new Unreadable(file.toString(), NOT_A_FILE));
								}
								return FileVisitResult.CONTINUE;
							}

							@Override
							public FileVisitResult visitFileFailed(Path file, IOException ex) {
								String why = ex instanceof FileSystemLoopException ? "symbolic-link loop (skipped)"
										: ex instanceof AccessDeniedException ? "permission denied"
												: ex instanceof NoSuchFileException ? "dangling link or vanished file"
														: "cannot be read: " + reason(ex);
								problems.add(new Unreadable(file.toString(), why));
								return FileVisitResult.CONTINUE;
							}
						});
			}
			catch (IOException ex) {
				problems.add(new Unreadable(p.toString(), "cannot list the folder: " + reason(ex)));
			}
			found.sort(null);
			files.addAll(found);
		}
		return files;
	}

	/**
	 * Reads one document's text.
	 *
	 * @param file the file
	 * @param maxBytes files larger than this are rejected unread
	 * @return the text, validated as UTF-8 and normalised by {@link TextDecoder}
	 * @throws DocumentRejectedException naming the file, when it is not a regular file, too large, cannot be read
	 *         or is not text
	 */
	public static String read(Path file, long maxBytes) throws DocumentRejectedException {
		try {
			if (!Files.isRegularFile(file)) {
				// reading a named pipe or device could block for ever or never end
				throw new DocumentRejectedException(file.toString(), NOT_A_FILE);
			}
			long size = Files.size(file);
			if (size > maxBytes) {
				throw new DocumentRejectedException(file.toString(), String.format(Locale.ROOT,
						"the file is %.1f MB, larger than the %.1f MB limit for one document", size / 1048576.0,
						maxBytes / 1048576.0));
			}
			return TextDecoder.decode(file.toString(), Files.readAllBytes(file));
		}
		catch (AccessDeniedException ex) {
			throw new DocumentRejectedException(file.toString(), "permission denied: the file cannot be read");
		}
		catch (IOException ex) {
			throw new DocumentRejectedException(file.toString(), "cannot be read: " + reason(ex));
		}
	}

	private static String brokenLink(Path link) {
		try {
			Files.readAttributes(link, BasicFileAttributes.class);
			return "symbolic link that could not be followed";
		}
		catch (NoSuchFileException ex) {
			return "dangling symbolic link (its target does not exist)";
		}
		catch (IOException ex) {
			return "cannot be read: " + reason(ex);
		}
	}

	/** {@return the operating system's reason without the path the rejection names anyway} */
	private static String reason(IOException ex) {
		if (ex instanceof FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		return ex.getMessage() == null ? "an input/output error" : ex.getMessage();
	}
}
