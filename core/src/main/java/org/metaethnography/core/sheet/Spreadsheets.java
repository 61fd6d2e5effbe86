package org.metaethnography.core.sheet;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.metaethnography.core.document.DocumentLimits;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.core.internal.Quoted;
import org.metaethnography.core.io.OutputFiles;
import org.metaethnography.core.table.CsvDialect;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.Review;

/**
 * The spreadsheets a review team keeps, read and written as CSV. Reading goes through Commons CSV
 * (RFC 4180: lines ending in CRLF or LF, quoted cells holding commas, quotes and line breaks, an
 * optional UTF-8 byte order mark) within {@link SheetLimits}; every problem is reported at once,
 * naming its file, row and column ({@link InvalidSheetException}).
 *
 * <pre>{@code
 * Table published = Spreadsheets.readTable(Path.of("published/table3.csv"));
 * }</pre>
 */
public final class Spreadsheets {
  private static final Spreadsheets STANDARD =
      new Spreadsheets(ImmutableMap.of(), CsvDialect.standard(), SheetLimits.DEFAULT);

  /** The headers in the team's own words, by sheet: each header with the column it names. */
  private final ImmutableMap<Sheet, ImmutableMap<String, String>> headers;

  private final CsvDialect dialect;
  private final SheetLimits limits;

  private Spreadsheets(
      ImmutableMap<Sheet, ImmutableMap<String, String>> headers,
      CsvDialect dialect,
      SheetLimits limits) {
    this.headers = headers;
    this.dialect = dialect;
    this.limits = limits;
  }

  /**
   * The spreadsheets with the standard column names, written in the standard CSV dialect ({@link
   * CsvDialect#standard()}) and read within the default limits.
   *
   * @return the standard spreadsheets
   */
  public static Spreadsheets standard() {
    return STANDARD;
  }

  /**
   * Returns these spreadsheets with {@code header} naming {@code column} of {@code sheet}: reading
   * takes a column headed {@code header} (in any case and spacing) for {@code column}, and writing
   * heads {@code column} with {@code header}.
   *
   * <pre>{@code
   * Spreadsheets ours = Spreadsheets.standard()
   *     .withHeader(Sheet.EXTRACTIONS, "Second-order construct", "concept")
   *     .withHeader(Sheet.EXTRACTIONS, "Study ID", "paper");
   * }</pre>
   *
   * @param sheet the sheet
   * @param header the header in the team's own words
   * @param column what it names: one of {@link Sheet#columns()}, or a key concept (grid), a paper's
   *     citation (translation table), an attribute (included studies), a column of a reviewer's
   *     vote such as {@code title and abstract decision 1} (screening) or a form's item (appraisal)
   * @return the spreadsheets with the header
   * @throws IllegalArgumentException if the header or column is blank, or the header already names
   *     another column of the sheet
   */
  public Spreadsheets withHeader(Sheet sheet, String header, String column) {
    Objects.requireNonNull(sheet);
    Objects.requireNonNull(header);
    Objects.requireNonNull(column);
    checkArgument(!header.isBlank(), "a header must not be blank");
    checkArgument(!column.isBlank(), "the column a header names must not be blank");
    String standardColumn =
        sheet.isStandard(Cells.word(column)) ? Cells.word(column) : column.strip();
    String word = Cells.word(header);
    checkArgument(
        !sheet.isStandard(word) || word.equals(standardColumn),
        "the header %s of %s is the name of its column %s, so it cannot name %s",
        Quoted.shown(header),
        sheet.fileName(),
        Quoted.shown(word),
        Quoted.shown(standardColumn));
    ImmutableMap<String, String> given = headers.getOrDefault(sheet, ImmutableMap.of());
    for (Map.Entry<String, String> entry : given.entrySet()) {
      checkArgument(
          !Cells.word(entry.getKey()).equals(word) || entry.getValue().equals(standardColumn),
          "the header %s of %s names %s already, not %s",
          Quoted.shown(header),
          sheet.fileName(),
          Quoted.shown(entry.getValue()),
          Quoted.shown(standardColumn));
      checkArgument(
          !entry.getValue().equals(standardColumn) || Cells.word(entry.getKey()).equals(word),
          "the column %s of %s is headed %s already, not %s",
          Quoted.shown(standardColumn),
          sheet.fileName(),
          Quoted.shown(entry.getKey()),
          Quoted.shown(header));
    }
    Map<String, String> more = new LinkedHashMap<>(given);
    more.put(header, standardColumn);
    Map<Sheet, ImmutableMap<String, String>> all = new EnumMap<>(Sheet.class);
    all.putAll(headers);
    all.put(sheet, ImmutableMap.copyOf(more));
    return new Spreadsheets(Maps.immutableEnumMap(all), dialect, limits);
  }

  /**
   * Returns these spreadsheets written in {@code dialect} (for example with CRLF line endings and a
   * byte order mark for a spreadsheet program). Reading accepts every dialect.
   *
   * @param dialect the dialect to write
   * @return the spreadsheets with the dialect
   */
  public Spreadsheets withDialect(CsvDialect dialect) {
    return new Spreadsheets(headers, Objects.requireNonNull(dialect), limits);
  }

  /**
   * Returns these spreadsheets read within {@code limits}.
   *
   * @param limits the limits each sheet must keep to
   * @return the spreadsheets with the limits
   */
  public Spreadsheets withLimits(SheetLimits limits) {
    return new Spreadsheets(headers, dialect, Objects.requireNonNull(limits));
  }

  private Headers headers(Sheet sheet) {
    return new Headers(headers.getOrDefault(sheet, ImmutableMap.of()));
  }

  /**
   * The parts of {@code review} the spreadsheets carry, as one table per sheet that has something
   * to carry (a review without a grid of record has no grid sheet), under the headers of these
   * spreadsheets; a column that no row fills is left out. Papers, raw concepts, translations and
   * grid rows keep the review's order; each raw concept's extractions follow it in the order given.
   *
   * @param review the review
   * @return the tables, by sheet
   * @throws IllegalArgumentException if a value cannot be written so that it reads back the same: a
   *     paper labelled with a number, an author whose written form reads as another author
   */
  public ImmutableMap<Sheet, Table> tables(Review review) {
    return SheetWriter.tables(Objects.requireNonNull(review), this::headers, limits);
  }

  /**
   * The spreadsheets of {@code review} as CSV text in the dialect of these spreadsheets (see {@link
   * #tables(Review)}).
   *
   * @param review the review
   * @return the CSV text, by sheet
   * @throws IllegalArgumentException as {@link #tables(Review)}
   */
  public ImmutableMap<Sheet, String> write(Review review) {
    ImmutableMap.Builder<Sheet, String> texts = ImmutableMap.builder();
    tables(review).forEach((sheet, table) -> texts.put(sheet, table.toCsv(dialect)));
    return texts.build();
  }

  /**
   * Writes the spreadsheets of {@code review} into {@code directory}, each under its {@link
   * Sheet#fileName()}, all of them or none ({@link OutputFiles#writeAll(Map)}).
   *
   * @param review the review
   * @param directory the directory; created if needed
   * @return the files written, by sheet
   * @throws IOException if a file cannot be written; none is left written
   * @throws IllegalArgumentException as {@link #tables(Review)}
   */
  public ImmutableMap<Sheet, Path> write(Review review, Path directory) throws IOException {
    Objects.requireNonNull(directory);
    Map<Path, String> files = new LinkedHashMap<>();
    ImmutableMap.Builder<Sheet, Path> written = ImmutableMap.builder();
    write(review)
        .forEach(
            (sheet, text) -> {
              Path file = directory.resolve(sheet.fileName());
              files.put(file, text);
              written.put(sheet, file);
            });
    OutputFiles.writeAll(files);
    return written.build();
  }

  /**
   * Reads spreadsheets into a review: each sheet given replaces, in {@code base}, the parts of the
   * review it carries (see {@link Sheet}), and the whole is validated as a review document is. What
   * the sheets do not carry (searches, exclusions, key concepts, themes, set-asides, the line of
   * argument, appraisal forms) comes from the base.
   *
   * <pre>{@code
   * ReviewDocument rest = ReviewDocuments.read(Path.of("review.json"));
   * Review review = Spreadsheets.standard()
   *     .read(rest, Map.of(Sheet.EXTRACTIONS, Files.readString(Path.of("extractions.csv"))))
   *     .review();
   * }</pre>
   *
   * @param base the review the sheets complete
   * @param sheets the CSV text of each sheet given
   * @return the review document read
   * @throws InvalidSheetException with every problem, each at its file, row and column
   */
  public ReviewDocument read(ReviewDocument base, Map<Sheet, String> sheets) {
    return read("base review", ReviewDocuments.write(base), sheets);
  }

  /**
   * Reads spreadsheets into a review document given as JSON text, which may lack what the sheets
   * carry (see {@link #read(ReviewDocument, Map)}); its own problems are reported with their JSON
   * Pointers under {@code baseName}.
   *
   * @param baseName the name of the base document's file, for messages
   * @param baseJson the base review document
   * @param sheets the CSV text of each sheet given
   * @return the review document read
   * @throws InvalidSheetException with every problem, each at its file, row and column
   */
  public ReviewDocument read(String baseName, String baseJson, Map<Sheet, String> sheets) {
    Objects.requireNonNull(baseName);
    Objects.requireNonNull(baseJson);
    Map<Sheet, SheetReader.Source> sources = new EnumMap<>(Sheet.class);
    sheets.forEach(
        (sheet, text) ->
            sources.put(
                sheet, new SheetReader.Source(sheet.fileName(), Objects.requireNonNull(text))));
    return SheetReader.read(baseName, baseJson, sources, this::headers, limits, List.of());
  }

  /**
   * Reads spreadsheet files into a review document file, which may lack what the sheets carry (see
   * {@link #read(ReviewDocument, Map)}); no more of each file is read than the limits allow.
   *
   * @param baseDocument the base review document
   * @param sheets the file of each sheet given
   * @return the review document read
   * @throws IOException if a file cannot be read
   * @throws InvalidSheetException with every problem, each at its file, row and column
   */
  public ReviewDocument read(Path baseDocument, Map<Sheet, Path> sheets) throws IOException {
    Objects.requireNonNull(baseDocument);
    Map<Sheet, Path> files = new EnumMap<>(Sheet.class);
    files.putAll(sheets);
    // Files are named by their file names, or by their paths where two names are the same.
    List<Path> all = new ArrayList<>(files.values());
    all.add(baseDocument);
    boolean byPath = all.stream().map(Path::getFileName).distinct().count() < all.size();
    Function<Path, String> name = file -> String.valueOf(byPath ? file : file.getFileName());
    List<SheetProblem> problems = new ArrayList<>();
    String base =
        CsvText.read(
            baseDocument,
            DocumentLimits.DEFAULT.maxDocumentCharacters(),
            CsvText.Kind.DOCUMENT,
            name.apply(baseDocument),
            problems);
    Map<Sheet, SheetReader.Source> sources = new EnumMap<>(Sheet.class);
    for (Map.Entry<Sheet, Path> sheet : files.entrySet()) {
      // A file that cannot be read as text is given without it, its problem reported with the
      // others'.
      String text =
          CsvText.read(
              sheet.getValue(),
              limits.maxCharacters(),
              CsvText.Kind.SHEET,
              name.apply(sheet.getValue()),
              problems);
      sources.put(sheet.getKey(), new SheetReader.Source(name.apply(sheet.getValue()), text));
    }
    if (base == null) {
      throw new InvalidSheetException(problems);
    }
    return SheetReader.read(
        name.apply(baseDocument), base, sources, this::headers, limits, problems);
  }

  /**
   * Reads a CSV file as a table, within the default limits: its first row names the columns, each
   * further row gives one cell per column. Rows whose cells are all empty are skipped.
   *
   * @param file a UTF-8 CSV file
   * @return the table
   * @throws IOException if the file cannot be read
   * @throws InvalidSheetException with every problem, if the file is not UTF-8, exceeds a limit, is
   *     not well-formed CSV, has a blank or repeated column name or a row of the wrong length
   */
  public static Table readTable(Path file) throws IOException {
    return readTable(file, SheetLimits.DEFAULT);
  }

  /**
   * Reads a CSV file as a table, within {@code limits}; no more of the file is read than the limits
   * allow.
   *
   * @param file a UTF-8 CSV file
   * @param limits the limits it must keep to
   * @return the table
   * @throws IOException if the file cannot be read
   * @throws InvalidSheetException with every problem (see {@link #readTable(Path)})
   */
  public static Table readTable(Path file, SheetLimits limits) throws IOException {
    List<SheetProblem> problems = new ArrayList<>();
    String text =
        CsvText.read(
            file,
            Objects.requireNonNull(limits).maxCharacters(),
            CsvText.Kind.SHEET,
            String.valueOf(file.getFileName()),
            problems);
    if (text == null) {
      throw new InvalidSheetException(problems);
    }
    return readTable(String.valueOf(file.getFileName()), text, limits);
  }

  /**
   * Reads CSV text as a table, within the default limits.
   *
   * @param name the name of the text's file, for messages, for example {@code table3.csv}
   * @param csv the CSV text
   * @return the table
   * @throws InvalidSheetException with every problem (see {@link #readTable(Path)})
   */
  public static Table readTable(String name, String csv) {
    return readTable(name, csv, SheetLimits.DEFAULT);
  }

  /**
   * Reads CSV text as a table, within {@code limits}.
   *
   * @param name the name of the text's file, for messages
   * @param csv the CSV text
   * @param limits the limits it must keep to
   * @return the table
   * @throws InvalidSheetException with every problem (see {@link #readTable(Path)})
   */
  public static Table readTable(String name, String csv, SheetLimits limits) {
    Objects.requireNonNull(name);
    Objects.requireNonNull(csv);
    Objects.requireNonNull(limits);
    List<SheetProblem> problems = new ArrayList<>();
    CsvText.Parsed parsed = CsvText.parse(name, csv, limits, problems);
    checkHeader(parsed, problems);
    if (!problems.isEmpty()) {
      throw new InvalidSheetException(problems);
    }
    List<List<String>> rows = new ArrayList<>();
    for (CsvText.Row row : parsed.rows()) {
      rows.add(row.cells());
    }
    return Table.of(parsed.header(), rows);
  }

  /** Adds a problem for each blank column name and each name given twice. */
  private static void checkHeader(CsvText.Parsed parsed, List<SheetProblem> problems) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> header = parsed.header();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (name.isBlank()) {
        problems.add(
            new SheetProblem(
                parsed.file(), 1, c + 1, "", "blank column", "the column has no name"));
        continue;
      }
      Integer first = seen.putIfAbsent(name, c + 1);
      if (first != null) {
        problems.add(
            new SheetProblem(
                parsed.file(),
                1,
                c + 1,
                name,
                "repeated column",
                String.format(
                    "the column %s is named again; column %d has that name",
                    Quoted.shown(name), first)));
      }
    }
  }
}
