package org.metaethnography.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the text of tables, figures and documents to files so that a reader never finds a
 * half-written file, a failed write leaves nothing behind, and the files look as any file the user
 * makes would.
 *
 * <ul>
 *   <li><b>Whole or not at all.</b> Text goes to a temporary file in the target's directory, which
 *       is then moved into place (atomically where the file system can), after it is forced to
 *       disk. A temporary file is named {@code .<file name, at most 64 characters>.<8 hex digits of
 *       the host>.<process id>.<16 hex digits>.metaethnography.tmp}; none is left after an
 *       exception, and one left by a process of this host (and of this container) that was killed
 *       is removed the next time this class writes into that directory (one of another host, or of
 *       this process, once it is a day old). No other file is touched.
 *   <li><b>Permissions.</b> A new file gets the permissions the user's umask gives (0644 under
 *       umask 022, 0600 under 077); a file that is replaced keeps its permissions.
 *   <li><b>Several files as one.</b> {@link #writeAll(Map)} writes every file or, if one fails,
 *       puts back those it had already written (new files removed, replaced files restored). This
 *       is best effort: a second failure during the roll-back (a disk that fills, a directory whose
 *       permissions change meanwhile) can leave some files written; the exception says so.
 *   <li><b>Clear errors.</b> A problem with the output directory names the directory and what is
 *       wrong (a regular file where the directory should be, no permission to write in it), never a
 *       temporary file.
 * </ul>
 *
 * <p>Text is written in UTF-8, as given: line breaks are the renderer's business. Bytes (an
 * archive) are written as given.
 */
public final class OutputFiles {
  /**
   * The temporary files of this class: a dot, the target's name, the host, the process id, 16
   * random hexadecimal digits, {@code .metaethnography.tmp}.
   */
  private static final Pattern TEMPORARY =
      Pattern.compile("\\..*\\.([0-9a-f]{8})\\.(\\d+)\\.[0-9a-f]{16}\\.metaethnography\\.tmp");

  /** How old a temporary file of another host, or of this process, must be to count as stale. */
  private static final Duration ABANDONED = Duration.ofHours(24);

  /**
   * Where this process runs, as temporary files carry it: eight hexadecimal digits of a hash of the
   * host's name and (on Linux) of the process-id namespace, so that two machines, or two containers
   * of one host, do not take each other's process ids for their own.
   */
  static final String HOST = host();

  private static final long PROCESS = ProcessHandle.current().pid();

  private static String host() {
    String name = System.getenv("HOSTNAME");
    if (name == null || name.isBlank()) {
      try {
        name = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException | RuntimeException e) {
        name = "";
      }
    }
    String namespace = "";
    try {
      namespace = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
    } catch (IOException | RuntimeException e) {
      // Not Linux: the host's name alone.
    }
    return String.format("%08x", (name + "\n" + namespace).hashCode());
  }

  /** The temporary files this process is writing now, which a clean-up must leave alone. */
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Called before each temporary file is moved into place; the tests replace it to make a write
   * fail at that point.
   */
  static volatile MoveHook beforeMove = (temporary, target) -> {};

  /** A step run before a file is moved into place. */
  @FunctionalInterface
  interface MoveHook {
    void accept(Path temporary, Path target) throws IOException;
  }

  private OutputFiles() {}

  /**
   * Writes {@code text} in UTF-8 to {@code file}, creating its directory if needed, whole or not at
   * all.
   *
   * @param file the file to write
   * @param text its text
   * @throws IOException if the file cannot be written, with a message that names the file and, for
   *     a problem of its directory, the directory and what is wrong with it; nothing is then left
   *     behind
   */
  public static void write(Path file, String text) throws IOException {
    Objects.requireNonNull(file);
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code bytes} to {@code file}, creating its directory if needed, whole or not at all:
   * for files that are not text, such as the ZIP archive of a REFI-QDA project.
   *
   * @param file the file to write
   * @param bytes its content
   * @throws IOException if the file cannot be written, with a message that names the file and, for
   *     a problem of its directory, the directory and what is wrong with it; nothing is then left
   *     behind
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    Objects.requireNonNull(file);
    Objects.requireNonNull(bytes);
    Path target = file.toAbsolutePath().normalize();
    List<Path> made = new ArrayList<>();
    Path directory = prepareDirectory(target, made);
    removeStale(directory);
    Path temporary = null;
    boolean done = false;
    try {
      temporary = temporaryFile(target, bytes);
      moveIntoPlace(temporary, target);
      done = true;
    } finally {
      if (temporary != null) {
        discard(temporary);
      }
      if (!done) {
        removeMade(made);
      }
    }
  }

  /**
   * Writes several files as one: each text in UTF-8 to its file, creating directories as needed.
   * Every text is first written to a temporary file; only when all are written are they moved into
   * place, in the order given. If any step fails, the files already moved into place are put back
   * as they were (a new file is removed, a replaced file gets its former content back) and every
   * temporary file is removed; see the class description for what "best effort" means here.
   *
   * @param files the text of each file, by file; two paths to the same file are refused
   * @throws IOException if a file cannot be written (after the roll-back), naming the file and,
   *     where the directory is at fault, the directory
   * @throws IllegalArgumentException if two entries name the same file
   */
  public static void writeAll(Map<Path, String> files) throws IOException {
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((file, text) -> bytes.put(file, text.getBytes(StandardCharsets.UTF_8)));
    writeAllBytes(bytes);
  }

  /**
   * Writes several files as one, as {@link #writeAll(Map)} does, each with the bytes given: for a
   * set of files some of which are not text, such as a REFI-QDA project beside the tables.
   *
   * @param files the content of each file, by file; two paths to the same file are refused
   * @throws IOException if a file cannot be written (after the roll-back), naming the file and,
   *     where the directory is at fault, the directory
   * @throws IllegalArgumentException if two entries name the same file
   */
  public static void writeAllBytes(Map<Path, byte[]> files) throws IOException {
    Map<Path, byte[]> targets = new LinkedHashMap<>();
    for (Map.Entry<Path, byte[]> entry : files.entrySet()) {
      Path target = entry.getKey().toAbsolutePath().normalize();
      if (targets.put(target, Objects.requireNonNull(entry.getValue())) != null) {
        throw new IllegalArgumentException("the file " + target + " is given twice");
      }
    }
    Set<Path> directories = new LinkedHashSet<>();
    List<Path> made = new ArrayList<>();
    try {
      for (Path target : targets.keySet()) {
        directories.add(prepareDirectory(target, made));
      }
    } catch (IOException | RuntimeException e) {
      removeMade(made);
      throw e;
    }
    for (Path directory : directories) {
      removeStale(directory);
    }
    Map<Path, Path> temporaries = new LinkedHashMap<>();
    List<Path> backups = new ArrayList<>();
    List<Written> written = new ArrayList<>();
    boolean failed = false;
    try {
      for (Map.Entry<Path, byte[]> entry : targets.entrySet()) {
        temporaries.put(entry.getKey(), temporaryFile(entry.getKey(), entry.getValue()));
      }
      for (Map.Entry<Path, Path> entry : temporaries.entrySet()) {
        Path target = entry.getKey();
        Path backup = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          // A copy of what is there (a symbolic link copied as a link), to put back.
          backup = newTemporary(target);
          backups.add(backup);
          Files.copy(
              target,
              backup,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES,
              LinkOption.NOFOLLOW_LINKS);
        }
        moveIntoPlace(entry.getValue(), target);
        written.add(new Written(target, backup));
      }
    } catch (IOException | RuntimeException e) {
      failed = true;
      List<Path> notRestored = rollBack(written);
      if (!notRestored.isEmpty()) {
        e.addSuppressed(
            new IOException("the roll-back could not put back " + notRestored + " as they were"));
      }
      throw e;
    } finally {
      for (Path temporary : temporaries.values()) {
        discard(temporary);
      }
      for (Path backup : backups) {
        discard(backup);
      }
      if (failed) {
        removeMade(made);
      }
    }
  }

  /** A file moved into place, with a copy of what it held before, if it existed. */
  private record Written(Path target, Path backup) {}

  /** Removes the directories a failed write made, deepest first, where they are still empty. */
  private static void removeMade(List<Path> made) {
    List<Path> deepestFirst = new ArrayList<>(made);
    deepestFirst.sort(java.util.Comparator.comparingInt(Path::getNameCount).reversed());
    for (Path directory : deepestFirst) {
      try {
        Files.deleteIfExists(directory);
      } catch (IOException e) {
        // Not empty (someone else wrote in it), or not ours to remove any more.
      }
    }
  }

  /** Puts back the files written, last first; returns those it could not put back. */
  private static List<Path> rollBack(List<Written> written) {
    List<Path> failed = new ArrayList<>();
    for (int i = written.size() - 1; i >= 0; i--) {
      Written file = written.get(i);
      try {
        if (file.backup == null) {
          Files.deleteIfExists(file.target);
        } else {
          move(file.backup, file.target);
        }
      } catch (IOException | RuntimeException e) {
        failed.add(file.target);
      }
    }
    return failed;
  }

  /**
   * Checks that {@code target} can be a file and its directory exists or can be made, making it;
   * returns the directory.
   */
  private static Path prepareDirectory(Path target, List<Path> made) throws IOException {
    if (Files.isDirectory(target)) {
      throw new IOException("cannot write " + target + ": it is a directory");
    }
    Path directory = target.getParent();
    if (directory == null) {
      throw new IOException("cannot write " + target + ": it has no directory");
    }
    // The nearest part of the path that exists must be a directory.
    Path existing = directory;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw new IOException(
          "cannot write "
              + target
              + ": "
              + existing
              + " is a file, not a directory"
              + (existing.equals(directory)
                  ? ""
                  : ", so directory " + directory + " cannot be made"));
    }
    // The directories about to be made, deepest first, to remove again if the write fails.
    List<Path> missing = new ArrayList<>();
    for (Path part = directory; part != null && !part.equals(existing); part = part.getParent()) {
      missing.add(part);
    }
    try {
      Files.createDirectories(directory);
      made.addAll(missing);
    } catch (AccessDeniedException e) {
      throw new IOException(
          "cannot write "
              + target
              + ": no permission to make directory "
              + directory
              + " in "
              + existing,
          e);
    } catch (FileSystemException e) {
      throw new IOException(
          "cannot write " + target + ": directory " + directory + " cannot be made: " + reason(e),
          e);
    }
    if (!Files.isWritable(directory)) {
      throw new IOException(
          "cannot write " + target + ": no permission to write in directory " + directory);
    }
    return directory;
  }

  /** Writes {@code content} to a new temporary file beside {@code target}, and returns it. */
  private static Path temporaryFile(Path target, byte[] content) throws IOException {
    Path temporary = newTemporary(target);
    boolean done = false;
    try (SeekableByteChannel channel =
        Files.newByteChannel(
            temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer bytes = ByteBuffer.wrap(content);
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      // On disk before it is moved into place, so that a crash leaves the old file or the new.
      if (channel instanceof java.nio.channels.FileChannel file) {
        file.force(true);
      }
      done = true;
    } catch (AccessDeniedException e) {
      throw new IOException(
          "cannot write " + target + ": no permission to write in directory " + target.getParent(),
          e);
    } catch (FileSystemException e) {
      throw new IOException("cannot write " + target + ": " + reason(e), e);
    } finally {
      if (!done) {
        discard(temporary);
      }
    }
    return temporary;
  }

  /**
   * Creates an empty temporary file beside {@code target}, with the permissions a new file gets
   * there (the umask's), and registers it as in progress.
   */
  private static Path newTemporary(Path target) throws IOException {
    Path directory = target.getParent();
    for (int attempt = 0; ; attempt++) {
      Path temporary =
          directory.resolve(
              "."
                  + shortened(target.getFileName().toString())
                  + "."
                  + HOST
                  + "."
                  + PROCESS
                  + "."
                  + String.format("%016x", RANDOM.nextLong())
                  + ".metaethnography.tmp");
      IN_PROGRESS.add(temporary);
      try {
        // Made as the user makes files, so that the umask, not a temporary file's 0600, applies.
        Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .close();
        return temporary;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        IN_PROGRESS.remove(temporary);
        if (attempt >= 10) {
          throw e;
        }
      } catch (AccessDeniedException e) {
        IN_PROGRESS.remove(temporary);
        throw new IOException(
            "cannot write " + target + ": no permission to write in directory " + directory, e);
      } catch (FileSystemException e) {
        IN_PROGRESS.remove(temporary);
        throw new IOException("cannot write " + target + ": " + reason(e), e);
      } catch (IOException | RuntimeException e) {
        IN_PROGRESS.remove(temporary);
        throw e;
      }
    }
  }

  /**
   * Moves {@code temporary} onto {@code target}; an existing target's permissions are given to the
   * temporary file first, so that the file keeps them.
   */
  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    beforeMove.accept(temporary, target);
    PosixFileAttributeView existing =
        Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (existing != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      Set<PosixFilePermission> permissions = existing.readAttributes().permissions();
      Files.setPosixFilePermissions(temporary, permissions);
    }
    try {
      move(temporary, target);
    } catch (AccessDeniedException e) {
      throw new IOException(
          "cannot write " + target + ": no permission to replace it in " + target.getParent(), e);
    } catch (FileSystemException e) {
      throw new IOException("cannot write " + target + ": " + reason(e), e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes a temporary file, if it is still there, and forgets it. */
  private static void discard(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // Left for the next write into this directory to remove.
    } finally {
      IN_PROGRESS.remove(temporary);
    }
  }

  /**
   * Removes the temporary files in {@code directory} left by a write that never finished: those of
   * a process that no longer runs, and those of this process that no write of it holds.
   */
  private static void removeStale(Path directory) {
    try (DirectoryStream<Path> candidates = Files.newDirectoryStream(directory, ".*.tmp")) {
      for (Path candidate : candidates) {
        Matcher name = TEMPORARY.matcher(candidate.getFileName().toString());
        if (!name.matches() || IN_PROGRESS.contains(candidate)) {
          continue;
        }
        long process;
        try {
          process = Long.parseLong(name.group(2));
        } catch (NumberFormatException e) {
          continue;
        }
        // A file of a process of this host that has ended is stale; one of another host (whose
        // processes cannot be seen) or of this process (perhaps named through another path to the
        // directory) only when it has been left for a day.
        boolean stale =
            name.group(1).equals(HOST) && process != PROCESS
                ? ProcessHandle.of(process).map(p -> !p.isAlive()).orElse(true)
                : olderThan(candidate, ABANDONED);
        if (stale && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
          try {
            Files.deleteIfExists(candidate);
          } catch (IOException e) {
            // Someone else's to remove.
          }
        }
      }
    } catch (NoSuchFileException e) {
      // Nothing to clean.
    } catch (IOException e) {
      // A directory that cannot be listed is found out when the file is written.
    }
  }

  /**
   * A file name cut to 64 characters for a temporary file's name, which adds some 50 to it and must
   * stay within the 255 most file systems allow.
   */
  private static String shortened(String name) {
    return name.length() <= 64 ? name : name.substring(0, 64);
  }

  private static boolean olderThan(Path file, Duration age) {
    try {
      return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
          .toInstant()
          .isBefore(Instant.now().minus(age));
    } catch (IOException e) {
      return false;
    }
  }

  /** What a file system exception says went wrong, without the temporary file's name. */
  private static String reason(FileSystemException e) {
    return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
  }
}
