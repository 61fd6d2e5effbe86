package org.metaethnography.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
  @TempDir Path dir;

  @AfterEach
  void noHook() {
    OutputFiles.beforeMove = (temporary, target) -> {};
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private List<String> namesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void write_writesTheText_andLeavesNothingElse() throws IOException {
    Path file = dir.resolve("a/b/table.csv");
    OutputFiles.write(file, "x,y\n1,2\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("x,y\n1,2\n");
    assertThat(namesIn(file.getParent())).containsExactly("table.csv");
  }

  @Test
  void write_bytes_writesThemAsGiven_andLeavesNothingElse() throws IOException {
    Path file = dir.resolve("c/archive.qdpx");
    byte[] bytes = {'P', 'K', 3, 4, 0, (byte) 0xff, '\r', '\n'};
    OutputFiles.write(file, bytes);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    assertThat(namesIn(file.getParent())).containsExactly("archive.qdpx");
  }

  @Test
  void newFiles_takeTheUmasksPermissions() throws Exception {
    assumeTrue(posix() && new File("/bin/sh").canExecute());
    assertThat(writtenUnderUmask("022")).isEqualTo("rw-r--r--");
    assertThat(writtenUnderUmask("077")).isEqualTo("rw-------");
  }

  /** Writes a new file from a JVM started under {@code umask}, and returns its permissions. */
  private String writtenUnderUmask(String umask) throws Exception {
    Path file = dir.resolve("umask-" + umask + "/out.csv");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        location(OutputFiles.class) + File.pathSeparator + location(WriteOneFile.class);
    Process process =
        new ProcessBuilder(
                "/bin/sh",
                "-c",
                "umask " + umask + " && exec \"$0\" -cp \"$1\" \"$2\" \"$3\"",
                java,
                classpath,
                WriteOneFile.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void anExistingFile_keepsItsPermissions() throws IOException {
    assumeTrue(posix());
    Path file = dir.resolve("kept.csv");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    OutputFiles.write(file, "new");
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aFailedWrite_leavesNoTemporaryFile_andTheOldFileAsItWas() throws IOException {
    Path file = dir.resolve("table.csv");
    Files.writeString(file, "old");
    OutputFiles.beforeMove =
        (temporary, target) -> {
          assertThat(temporary).exists();
          throw new IOException("injected");
        };
    assertThatThrownBy(() -> OutputFiles.write(file, "new")).hasMessage("injected");
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(namesIn(dir)).containsExactly("table.csv");
  }

  @Test
  void staleTemporaryFiles_ofAProcessThatEnded_areRemovedAtTheNextWrite() throws Exception {
    Process ended = new ProcessBuilder(javaCommand(), "-version").start();
    ended.getInputStream().readAllBytes();
    ended.getErrorStream().readAllBytes();
    assertThat(ended.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Path stale = dir.resolve(temporaryName("table1.csv", OutputFiles.HOST, ended.pid()));
    Files.writeString(stale, "half a table");
    // A write in progress in a process that still runs is left alone, and so is one of another
    // host until it is a day old, and any file not named as this class names its own.
    long running = ProcessHandle.current().parent().orElseThrow().pid();
    Path live = dir.resolve(temporaryName("table2.csv", OutputFiles.HOST, running));
    Files.writeString(live, "being written");
    String otherHost = OutputFiles.HOST.equals("00000000") ? "11111111" : "00000000";
    Path elsewhere = dir.resolve(temporaryName("table3.csv", otherHost, ended.pid()));
    Files.writeString(elsewhere, "another machine's");
    Path abandoned = dir.resolve(temporaryName("table4.csv", otherHost, ended.pid()));
    Files.writeString(abandoned, "left for two days");
    Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    Path unrelated = dir.resolve(".notes.tmp");
    Files.writeString(unrelated, "the user's own");
    Path lookalike = dir.resolve(".backup." + ended.pid() + ".1.tmp");
    Files.writeString(lookalike, "the user's own too");

    OutputFiles.write(dir.resolve("fig1.dot"), "digraph {}\n");

    assertThat(namesIn(dir))
        .containsExactlyInAnyOrder(
            live.getFileName().toString(),
            elsewhere.getFileName().toString(),
            ".notes.tmp",
            lookalike.getFileName().toString(),
            "fig1.dot");
  }

  /** A temporary file's name as {@link OutputFiles} makes it. */
  private static String temporaryName(String target, String host, long process) {
    return "." + target + "." + host + "." + process + ".0123456789abcdef.metaethnography.tmp";
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void aFileWhereTheDirectoryShouldBe_isNamedInTheError() throws IOException {
    Path inTheWay = dir.resolve("out");
    Files.writeString(inTheWay, "not a directory");
    assertThatThrownBy(() -> OutputFiles.write(inTheWay.resolve("table.csv"), "x"))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "cannot write %s: %s is a file, not a directory",
            inTheWay.resolve("table.csv"), inTheWay);
    assertThatThrownBy(() -> OutputFiles.write(inTheWay.resolve("figures/fig1.dot"), "x"))
        .hasMessage(
            "cannot write %s: %s is a file, not a directory, so directory %s cannot be made",
            inTheWay.resolve("figures/fig1.dot"), inTheWay, inTheWay.resolve("figures"));
    assertThat(Files.readString(inTheWay)).isEqualTo("not a directory");
  }

  @Test
  void aDirectoryWhereTheFileShouldBe_isRefused() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("table.csv"));
    assertThatThrownBy(() -> OutputFiles.write(directory, "x"))
        .hasMessage("cannot write %s: it is a directory", directory);
  }

  @Test
  void aDirectoryWithoutWritePermission_isNamedInTheError() throws IOException {
    assumeTrue(posix());
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // The superuser may write anywhere; the check means something only for other users.
      assumeTrue(!Files.isWritable(locked));
      assertThatThrownBy(() -> OutputFiles.write(locked.resolve("table.csv"), "x"))
          .hasMessage(
              "cannot write %s: no permission to write in directory %s",
              locked.resolve("table.csv"), locked);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void writeAll_writesEveryFile() throws IOException {
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(dir.resolve("tables/table1.csv"), "a\n");
    files.put(dir.resolve("figures/fig1.mmd"), "flowchart LR\n");
    OutputFiles.writeAll(files);
    assertThat(Files.readString(dir.resolve("tables/table1.csv"))).isEqualTo("a\n");
    assertThat(Files.readString(dir.resolve("figures/fig1.mmd"))).isEqualTo("flowchart LR\n");
    assertThat(namesIn(dir.resolve("tables"))).containsExactly("table1.csv");
    assertThat(namesIn(dir.resolve("figures"))).containsExactly("fig1.mmd");
  }

  @Test
  void writeAll_whenOneFileFails_putsBackThoseItWrote() throws IOException {
    Path replaced = dir.resolve("table1.csv");
    Files.writeString(replaced, "old table");
    if (posix()) {
      Files.setPosixFilePermissions(replaced, PosixFilePermissions.fromString("rw-rw-r--"));
    }
    Path created = dir.resolve("table2.csv");
    Path failing = dir.resolve("table3.csv");
    OutputFiles.beforeMove =
        (temporary, target) -> {
          if (target.endsWith("table3.csv")) {
            // The two files before it are in place by now.
            assertThat(Files.readString(replaced)).isEqualTo("new table");
            assertThat(created).exists();
            throw new IOException("disk full");
          }
        };
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(replaced, "new table");
    files.put(created, "another");
    files.put(failing, "third");

    assertThatThrownBy(() -> OutputFiles.writeAll(files)).hasMessage("disk full");

    assertThat(Files.readString(replaced)).isEqualTo("old table");
    if (posix()) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(replaced)))
          .isEqualTo("rw-rw-r--");
    }
    assertThat(namesIn(dir)).containsExactly("table1.csv");
  }

  @Test
  void writeAll_whenOneFileFails_putsBackASymbolicLinkItReplaced() throws IOException {
    Path real = Files.writeString(dir.resolve("real.csv"), "the user's");
    Path link = Files.createSymbolicLink(dir.resolve("table1.csv"), real);
    OutputFiles.beforeMove =
        (temporary, target) -> {
          if (target.endsWith("table2.csv")) {
            throw new IOException("disk full");
          }
        };
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(link, "new");
    files.put(dir.resolve("table2.csv"), "other");
    assertThatThrownBy(() -> OutputFiles.writeAll(files)).hasMessage("disk full");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
    assertThat(Files.readString(real)).isEqualTo("the user's");
    assertThat(namesIn(dir)).containsExactlyInAnyOrder("real.csv", "table1.csv");
  }

  @Test
  void aFailedWrite_removesTheDirectoriesItMade() throws IOException {
    OutputFiles.beforeMove =
        (temporary, target) -> {
          throw new IOException("injected");
        };
    assertThatThrownBy(() -> OutputFiles.write(dir.resolve("a/b/table.csv"), "x"))
        .hasMessage("injected");
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(dir.resolve("c/d/table.csv"), "x");
    assertThatThrownBy(() -> OutputFiles.writeAll(files)).hasMessage("injected");
    assertThat(namesIn(dir)).isEmpty();
  }

  @Test
  void aLongFileName_getsAShortTemporaryFile() throws IOException {
    Path file = dir.resolve("t".repeat(240) + ".md");
    OutputFiles.write(file, "x");
    assertThat(Files.readString(file)).isEqualTo("x");
    assertThat(namesIn(dir)).containsExactly(file.getFileName().toString());
  }

  @Test
  void writeAll_failing_removesEveryDirectoryItMade() throws IOException {
    OutputFiles.beforeMove =
        (temporary, target) -> {
          if (target.endsWith("z.csv")) {
            throw new IOException("injected");
          }
        };
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(dir.resolve("new/a/x.csv"), "x");
    files.put(dir.resolve("new/b/y.csv"), "y");
    files.put(dir.resolve("new/c/z.csv"), "z");
    assertThatThrownBy(() -> OutputFiles.writeAll(files)).hasMessage("injected");
    assertThat(namesIn(dir)).isEmpty();
  }

  @Test
  void writeAll_refusesAFileGivenTwice_beforeWritingAny() {
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(dir.resolve("t.csv"), "a");
    files.put(dir.resolve("sub/../t.csv"), "b");
    assertThatThrownBy(() -> OutputFiles.writeAll(files))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the file %s is given twice", dir.resolve("t.csv").toAbsolutePath());
    assertThat(dir.resolve("t.csv")).doesNotExist();
  }

  @Test
  void writeAll_withAnOutputDirectoryProblem_writesNothing() throws IOException {
    Files.writeString(dir.resolve("figures"), "in the way");
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(dir.resolve("table1.csv"), "a");
    files.put(dir.resolve("figures/fig1.dot"), "b");
    assertThatThrownBy(() -> OutputFiles.writeAll(files))
        .hasMessageContaining(dir.resolve("figures") + " is a file, not a directory");
    assertThat(namesIn(dir)).containsExactly("figures");
  }

  @Test
  void writeAllBytes_writesBinaryAndTextFilesAsOne() throws IOException {
    byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0, (byte) 0xFF};
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(dir.resolve("project.qdpx"), zip);
    files.put(dir.resolve("a/notes.txt"), "caf\u00e9".getBytes(StandardCharsets.UTF_8));
    OutputFiles.writeAllBytes(files);
    assertThat(Files.readAllBytes(dir.resolve("project.qdpx"))).isEqualTo(zip);
    assertThat(Files.readString(dir.resolve("a/notes.txt"))).isEqualTo("caf\u00e9");
  }
}
