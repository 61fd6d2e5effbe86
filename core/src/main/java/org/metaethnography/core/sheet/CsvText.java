package org.metaethnography.core.sheet;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
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
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

  /** What a file read as text is, for the messages about it. */
  enum Kind {
    /** A spreadsheet, bounded by {@link SheetLimits#maxCharacters()}. */
    SHEET("CSV", "SheetLimits.maxCharacters"),
    /** A review document, bounded by {@code DocumentLimits.maxDocumentCharacters}. */
    DOCUMENT("JSON", "DocumentLimits.maxDocumentCharacters");

    final String format;
    final String limit;

    Kind(String format, String limit) {
      this.format = format;
      this.limit = limit;
    }
  }

  /**
   * Reads {@code file} as UTF-8 text, decoding as it reads and stopping once the text is longer
   * than {@code maxCharacters}, so that neither the bytes nor the text held ever exceed what the
   * limit allows; a file that is not UTF-8 (a legacy code page, UTF-16) is a problem that says so
   * and where.
   *
   * @return the text, or null with the problem added
   */
  static String read(
      Path file, long maxCharacters, Kind kind, String name, List<SheetProblem> problems)
      throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("cannot read " + file + ": it is a directory");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder text = new StringBuilder();
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long consumed = 0;
    try (InputStream stream = Files.newInputStream(file)) {
      boolean first = true;
      for (boolean end = false; !end; ) {
        int n = stream.read(in.array(), in.position(), in.remaining());
        end = n < 0;
        in.position(in.position() + Math.max(n, 0));
        in.flip();
        if (first && in.remaining() >= 2 && isUtf16(in.get(0), in.get(1))) {
          problems.add(utf16(name, kind));
          return null;
        }
        first = first && in.remaining() < 2;
        int before = in.position();
        CoderResult result = decoder.decode(in, out, end);
        if (end && !result.isError()) {
          result = decoder.flush(out);
        }
        out.flip();
        text.append(out);
        out.clear();
        if (result.isError()) {
          problems.add(notUtf8(name, kind, in.get(in.position()), consumed + in.position(), text));
          return null;
        }
        consumed += in.position() - before;
        in.compact();
        if (text.length() > maxCharacters) {
          problems.add(tooLong(name, maxCharacters, kind));
          return null;
        }
      }
    }
    return text.toString();
  }

  private static boolean isUtf16(byte first, byte second) {
    return (first == (byte) 0xFE && second == (byte) 0xFF)
        || (first == (byte) 0xFF && second == (byte) 0xFE);
  }

  private static SheetProblem utf16(String name, Kind kind) {
    return new SheetProblem(
        name,
        0,
        0,
        "",
        "encoding",
        "the file is UTF-16 text (it begins with a UTF-16 byte order mark); save it as "
            + kind.format
            + " in UTF-8");
  }

  /** The problem of a byte that begins no UTF-8 character, after {@code text} was read. */
  private static SheetProblem notUtf8(
      String name, Kind kind, byte wrong, long offset, CharSequence text) {
    long line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new SheetProblem(
        name,
        0,
        0,
        "",
        "encoding",
        String.format(
            Locale.ROOT,
            "the file is not UTF-8 text: byte 0x%02X at byte %,d (line %,d) begins no UTF-8"
                + " character; save the file as %s in UTF-8",
            wrong & 0xFF,
            offset,
            line,
            kind.format));
  }

  private static SheetProblem tooLong(String name, long maxCharacters, Kind kind) {
    return new SheetProblem(
        name,
        0,
        0,
        "",
        "limit",
        String.format(
            Locale.ROOT,
            "the file has more than %,d characters, the limit (%s)",
            maxCharacters,
            kind.limit));
  }

  private static SheetProblem rowProblem(String file, int row, String rule, String detail) {
    return new SheetProblem(file, row, 0, "", rule, detail);
  }

  /**
   * Parses {@code text} into a header and rows, adding every problem found: a row longer or shorter
   * than the header, a cell or a file beyond a limit, malformed CSV.
   */
  static Parsed parse(String file, String text, SheetLimits limits, List<SheetProblem> problems) {
    if (text.length() > limits.maxCharacters()) {
      problems.add(tooLong(file, limits.maxCharacters(), Kind.SHEET));
      return new Parsed(file, ImmutableList.of(), ImmutableList.of());
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ImmutableList<String> header = ImmutableList.of();
    List<Row> rows = new ArrayList<>();
    int number = 0;
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(body)).setFormat(FORMAT).get()) {
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
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (header.isEmpty()) {
          header = ImmutableList.copyOf(cells);
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
