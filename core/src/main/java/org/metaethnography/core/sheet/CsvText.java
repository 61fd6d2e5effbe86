package org.metaethnography.core.sheet;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.metaethnography.core.internal.Quoted;

/**
 * CSV text read into a header and rows, per RFC 4180 (lines ending in CRLF or LF, quoted fields
 * holding commas, quotes and line breaks) through Commons CSV, within {@link SheetLimits}. A UTF-8
 * byte order mark is dropped; rows whose cells are all empty (blank lines, or the rows of empty
 * cells spreadsheet programs leave below a table) are skipped. Every problem is collected with its
 * row and column; a file that cannot be parsed further stops at its first malformed row.
 */
final class CsvText {
  /** A row of a sheet with its number as a spreadsheet program shows it (the header is row 1). */
  record Row(int number, ImmutableList<String> cells) {}

  /** The header and the rows of a sheet; empty when the text has no header row. */
  record Parsed(String file, ImmutableList<String> header, ImmutableList<Row> rows) {}

  private CsvText() {}

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  /** Returns {@code value} as a message shows it: in quotes, a long value cut short. */
  static String shown(String value) {
    return Quoted.shown(value);
  }

  /**
   * Reads {@code file} as UTF-8 text, no more of it than the limit on characters allows; a file
   * that is not UTF-8 (a legacy code page, UTF-16) is a problem that says so and where.
   *
   * @return the text, or null with the problem added
   */
  static String read(Path file, SheetLimits limits, List<SheetProblem> problems)
      throws IOException {
    String name = String.valueOf(file.getFileName());
    if (Files.isDirectory(file)) {
      throw new IOException("cannot read " + file + ": it is a directory");
    }
    // A UTF-8 character takes at most 4 bytes; reading one byte more than that shows the file is
    // too long, however its size is reported (a pipe reports none).
    long most = Math.min(Integer.MAX_VALUE - 16, limits.maxCharacters() * 4 + 3);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) most + 1);
    }
    if (bytes.length > most) {
      problems.add(tooLong(name, limits));
      return null;
    }
    return decode(name, bytes, limits, problems);
  }

  /** Decodes {@code bytes} as strict UTF-8, or adds a problem naming where it is not. */
  static String decode(String name, byte[] bytes, SheetLimits limits, List<SheetProblem> problems) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      problems.add(
          new SheetProblem(
              name,
              0,
              0,
              "",
              "encoding",
              "the file is UTF-16 text (it begins with a UTF-16 byte order mark); save it as CSV"
                  + " in UTF-8"));
      return null;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.add(
          new SheetProblem(
              name,
              0,
              0,
              "",
              "encoding",
              String.format(
                  "the file is not UTF-8 text: byte 0x%02X at byte %,d (line %,d) begins no UTF-8"
                      + " character; save the file as CSV in UTF-8",
                  bytes[at] & 0xFF, at, line)));
      return null;
    }
    decoder.flush(out);
    out.flip();
    if (out.remaining() > limits.maxCharacters()) {
      problems.add(tooLong(name, limits));
      return null;
    }
    return out.toString();
  }

  private static SheetProblem rowProblem(String file, int row, String rule, String detail) {
    return new SheetProblem(file, row, 0, "", rule, detail);
  }

  private static SheetProblem tooLong(String name, SheetLimits limits) {
    return new SheetProblem(
        name,
        0,
        0,
        "",
        "limit",
        String.format(
            "the file has more than %,d characters, the limit (SheetLimits.maxCharacters)",
            limits.maxCharacters()));
  }

  /**
   * Parses {@code text} into a header and rows, adding every problem found: a row longer or shorter
   * than the header, a cell or a file beyond a limit, malformed CSV.
   */
  static Parsed parse(String file, String text, SheetLimits limits, List<SheetProblem> problems) {
    if (text.length() > limits.maxCharacters()) {
      problems.add(tooLong(file, limits));
      return new Parsed(file, ImmutableList.of(), ImmutableList.of());
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ImmutableList<String> header = ImmutableList.of();
    List<Row> rows = new ArrayList<>();
    int number = 0;
    try (CSVParser parser =
        CSVParser.builder().setReader(new java.io.StringReader(body)).setFormat(FORMAT).get()) {
      for (CSVRecord record : parser) {
        number = Math.toIntExact(record.getRecordNumber());
        if (number > limits.maxRows()) {
          problems.add(
              rowProblem(
                  file,
                  number,
                  "limit",
                  String.format(
                      "the file has more than %,d rows, the limit (SheetLimits.maxRows)",
                      limits.maxRows())));
          break;
        }
        List<String> cells = record.toList();
        if (cells.size() > limits.maxColumns()) {
          problems.add(
              rowProblem(
                  file,
                  number,
                  "limit",
                  String.format(
                      "the row has %,d cells, more than the limit of %,d (SheetLimits.maxColumns)",
                      cells.size(), limits.maxColumns())));
          continue;
        }
        boolean tooLong = false;
        for (int c = 0; c < cells.size(); c++) {
          if (cells.get(c).length() > limits.maxCellCharacters()) {
            problems.add(
                new SheetProblem(
                    file,
                    number,
                    c + 1,
                    c < header.size() ? header.get(c) : "",
                    "limit",
                    String.format(
                        "the cell has %,d characters, more than the limit of %,d"
                            + " (SheetLimits.maxCellCharacters)",
                        cells.get(c).length(), limits.maxCellCharacters())));
            tooLong = true;
          }
        }
        if (tooLong) {
          continue;
        }
        if (header.isEmpty()) {
          header = ImmutableList.copyOf(cells);
          continue;
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (cells.size() != header.size()) {
          problems.add(
              rowProblem(
                  file,
                  number,
                  "ragged row",
                  String.format(
                      "the row has %d cells but the header has %d; every row must have one cell"
                          + " per column",
                      cells.size(), header.size())));
          continue;
        }
        rows.add(new Row(number, ImmutableList.copyOf(cells)));
      }
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
      problems.add(
          new SheetProblem(
              file, number + 1, 0, "", "malformed CSV", "the row cannot be read: " + message));
    }
    if (header.isEmpty() && problems.stream().noneMatch(p -> p.file().equals(file))) {
      problems.add(new SheetProblem(file, 0, 0, "", "no header", "the file has no header row"));
    }
    return new Parsed(file, header, ImmutableList.copyOf(rows));
  }
}
