package org.metaethnography.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.compare.Difference;
import org.metaethnography.core.compare.Equivalences;
import org.metaethnography.core.compare.TableComparison;
import org.metaethnography.core.document.DocumentProblem;
import org.metaethnography.core.document.InvalidDocumentException;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.core.figure.ModelFigures;
import org.metaethnography.core.figure.SvgFigures;
import org.metaethnography.core.io.OutputFiles;
import org.metaethnography.core.refi.Codebook;
import org.metaethnography.core.refi.CodebookProblem;
import org.metaethnography.core.refi.CodebookReader;
import org.metaethnography.core.refi.InvalidCodebookException;
import org.metaethnography.core.refi.RefiQda;
import org.metaethnography.core.report.ReviewReport;
import org.metaethnography.core.sheet.InvalidSheetException;
import org.metaethnography.core.sheet.Sheet;
import org.metaethnography.core.sheet.SheetProblem;
import org.metaethnography.core.sheet.Spreadsheets;
import org.metaethnography.core.table.AgreementTables;
import org.metaethnography.core.table.CsvDialect;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.core.table.TranslationLayout;
import org.metaethnography.examples.reference.ReproducePaper;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.Review;
import org.metaethnography.model.ReviewProblem;
import org.metaethnography.synthesis.Synthesis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command-line tool: check a review document, and produce its tables and figures, without
 * writing Java. Results go to standard output, errors to standard error.
 *
 * <pre>
 * java -jar examples/target/metaethnography.jar validate review.json
 * java -jar examples/target/metaethnography.jar tables review.json --format md --out tables/
 * java -jar examples/target/metaethnography.jar figures review.json --out figures/
 * java -jar examples/target/metaethnography.jar flow review.json
 * java -jar examples/target/metaethnography.jar agreement review.json --resamples 1000 --seed 42
 * java -jar examples/target/metaethnography.jar reproduce --out target/reproduction
 * java -jar examples/target/metaethnography.jar compare computed.csv published.csv --key=reference
 * java -jar examples/target/metaethnography.jar report review.json --out review.html
 * java -jar examples/target/metaethnography.jar export-refi review.json --out qda/
 * java -jar examples/target/metaethnography.jar import-codebook codes.qdc --title "My review"
 * java -jar examples/target/metaethnography.jar export review.json --out sheets/
 * java -jar examples/target/metaethnography.jar import review.json --grid sheets/grid.csv --out new.json
 * </pre>
 *
 * <p>Exit status: {@value #OK} when all went well (for {@code compare}: the tables match); {@value
 * #INVALID} when the review document has problems (each listed on standard error with its JSON
 * Pointer) or spreadsheets imported have problems (each with its file, row and column), and {@value
 * #DIFFERENT} when the tables compared differ; {@value #USAGE} for a command line that cannot be
 * understood (an unknown option, a missing file argument, a key column the tables do not have);
 * {@value #IO} when a file cannot be read or written, or a CSV file is not a well-formed table
 * (each problem listed on standard error); {@value #INTERNAL} when the tool itself fails, with one
 * line on standard error.
 */
@Command(
    name = "metaethnography",
    mixinStandardHelpOptions = true,
    versionProvider = MetaEthnographyCli.Version.class,
    description = "Checks meta-ethnography review documents and produces their tables and figures.",
    subcommands = {
      MetaEthnographyCli.Validate.class,
      MetaEthnographyCli.Tables.class,
      MetaEthnographyCli.Figures.class,
      MetaEthnographyCli.Flow.class,
      MetaEthnographyCli.AgreementCommand.class,
      MetaEthnographyCli.Reproduce.class,
      MetaEthnographyCli.Compare.class,
      MetaEthnographyCli.Report.class,
      MetaEthnographyCli.ExportRefi.class,
      MetaEthnographyCli.ImportCodebook.class,
      MetaEthnographyCli.Export.class,
      MetaEthnographyCli.Import.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:all went well",
      "1:the review document or spreadsheets have problems, listed on standard error; or the"
          + " tables compared differ",
      "2:the command line cannot be understood",
      "3:a file cannot be read or written, or a CSV file is not a well-formed table",
      "70:the tool itself failed (please report it)"
    })
public final class MetaEthnographyCli implements Callable<Integer> {
  /** Exit status when all went well. */
  public static final int OK = 0;

  /** Exit status when a review document, or spreadsheets imported, have problems. */
  public static final int INVALID = 1;

  /** Exit status when the tables {@code compare} compares differ. */
  public static final int DIFFERENT = 1;

  /** Exit status when the command line cannot be understood. */
  public static final int USAGE = 2;

  /** Exit status when a file cannot be read or written. */
  public static final int IO = 3;

  /** Exit status when the tool itself fails: a fault to report, not a problem of the input. */
  public static final int INTERNAL = 70;

  /** The version the tool reports. */
  public static final String VERSION = "0.2.0";

  @Spec CommandSpec spec;

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the tool with the given output and error streams, and returns its exit status: what {@link
   * #main(String[])} does, without exiting, for embedding and tests.
   *
   * @param out where results go
   * @param err where errors go
   * @param args the command line
   * @return the exit status
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new MetaEthnographyCli());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(e -> e instanceof IOException ? IO : USAGE);
    commandLine.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof InvalidDocumentException invalid) {
            for (DocumentProblem problem : invalid.problems()) {
              line.getErr().println(problem.message());
            }
            return INVALID;
          }
          if (e instanceof InvalidSheetException invalid) {
            for (SheetProblem problem : invalid.problems()) {
              line.getErr().println(problem.message());
            }
            return INVALID;
          }
          if (e instanceof InvalidCodebookException invalid) {
            for (CodebookProblem problem : invalid.problems()) {
              line.getErr().println(invalid.file() + ": " + problem.message());
            }
            return INVALID;
          }
          if (e instanceof InvalidReviewException invalid) {
            for (ReviewProblem problem : invalid.problems()) {
              line.getErr().println(problem.message());
            }
            return INVALID;
          }
          if (e instanceof IOException io) {
            line.getErr().println("error: " + describe(io));
            return IO;
          }
          // Not a problem of the document or of a file: a fault of the tool, said in one line.
          line.getErr().println("internal error: " + e);
          return INTERNAL;
        });
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** An I/O problem in words: a missing file is named as such. */
  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (e instanceof java.nio.file.FileSystemException file && file.getFile() != null) {
      return file.getFile() + ": " + (file.getReason() != null ? file.getReason() : e);
    }
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /** Without a command: the usage, and exit status {@value #USAGE}. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** The version of the tool, for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "metaethnography " + VERSION,
        "review documents: format "
            + ReviewDocuments.FORMAT
            + ", version "
            + ReviewDocuments.VERSION
      };
    }
  }

  /** The review document a command reads. */
  static final class ReviewFile {
    @Parameters(paramLabel = "REVIEW.json", description = "the review document")
    Path document;
  }

  /** Where a command writes its files; without it, it prints them. */
  static final class OutDirectory {
    @Option(
        names = "--out",
        paramLabel = "DIR",
        description = "the directory to write to, one file each; without it, they are printed")
    Path out;
  }

  /** {@code validate}: checks a review document. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Checks a review document: its shape and the review's rules. Lists every problem on"
              + " standard error (exit status 1), or says what the valid review holds.")
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReviewFile review;

    @Override
    public Integer call() throws IOException {
      Review valid = ReviewDocuments.read(review.document).review();
      spec.commandLine()
          .getOut()
          .printf(
              "%s: a valid review document: \"%s\", %d papers, %d raw concepts, %d key concepts%n",
              review.document,
              valid.title(),
              valid.papers().size(),
              valid.concepts().size(),
              valid.keyConcepts().size());
      return OK;
    }
  }

  /** The formats tables are written in. */
  enum Format {
    CSV,
    MD;

    /** {@return the table as text in this format} */
    String text(Table table) {
      return this == CSV ? table.toCsv() : table.toMarkdown();
    }
  }

  /** Prints a titled section of a command's output: a heading, a blank line, the text. */
  static void section(PrintWriter printed, String title, String text) {
    printed.println("## " + title);
    printed.println();
    printed.println(text);
  }

  /** {@code tables}: the tables of a review document. */
  @Command(
      name = "tables",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Writes the tables of a review document: included papers, searches, exclusions, the"
              + " key concept grid (in the document's row order, if it gives one), translations,"
              + " the translation table, key concept profiles and the audit. Prints them without"
              + " --out.")
  static final class Tables implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReviewFile review;

    @Option(
        names = "--format",
        defaultValue = "csv",
        description = "csv or md (Markdown); default csv")
    Format format;

    @Mixin OutDirectory output;

    @Override
    public Integer call() throws IOException {
      ReviewDocument read = ReviewDocuments.read(review.document);
      Map<String, Table> tables = tables(read);
      Map<Path, String> files = new LinkedHashMap<>();
      PrintWriter printed = spec.commandLine().getOut();
      for (Map.Entry<String, Table> table : tables.entrySet()) {
        String text = format.text(table.getValue());
        if (output.out == null) {
          section(printed, table.getKey(), text);
        } else {
          files.put(
              output.out.resolve(
                  table.getKey() + "." + format.name().toLowerCase(java.util.Locale.ROOT)),
              text);
        }
      }
      written(printed, files);
      return OK;
    }
  }

  /** The tables of any review: those it has something for, by file name. */
  static Map<String, Table> tables(ReviewDocument document) {
    Synthesis synthesis = MetaEthnography.synthesize(document.review());
    Review review = document.review();
    Map<String, Table> tables = new LinkedHashMap<>();
    tables.put("included-papers", ReviewTables.includedPapers(synthesis));
    if (!review.searches().isEmpty()) {
      tables.put("search-flow", ReviewTables.searchFlow(synthesis));
    }
    if (!review.exclusions().isEmpty()) {
      tables.put("exclusions", ReviewTables.exclusions(synthesis));
    }
    tables.put("key-concept-grid", ReviewTables.conceptGrid(synthesis, layout(document)));
    if (!review.translations().isEmpty() || !review.setAside().isEmpty()) {
      tables.put("translations", ReviewTables.translations(synthesis));
      tables.put(
          "translation-table",
          ReviewTables.translationList(synthesis, TranslationLayout.standard().withQuotes()));
    }
    tables.put("key-concepts", ReviewTables.keyConcepts(synthesis));
    tables.put("audit", ReviewTables.audit(synthesis.audit()));
    return tables;
  }

  /** The layout of a review document's grid: its row order, if it gives one. */
  static GridLayout layout(ReviewDocument document) {
    GridLayout layout = GridLayout.standard();
    return document.gridRowOrder().isPresent()
        ? layout.inOrder(document.gridRowOrder().get())
        : layout;
  }

  /** Writes {@code files} as one, if there are any, and says which were written. */
  private static void written(PrintWriter printed, Map<Path, String> files) throws IOException {
    if (files.isEmpty()) {
      return;
    }
    OutputFiles.writeAll(files);
    for (Path file : files.keySet()) {
      printed.println("wrote " + file);
    }
  }

  /** {@code figures}: the conceptual model of a review document. */
  @Command(
      name = "figures",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Writes the figures of a review document: the conceptual model as standalone SVG"
              + " (conceptual-model.svg), Graphviz DOT (conceptual-model.dot) and Mermaid"
              + " (conceptual-model.mmd), the key concept grid as a heat map (grid-heatmap.svg, in"
              + " the document's row order) and, for a review with searches, the flow of records"
              + " (flow.svg). Prints the DOT and Mermaid text without --out.")
  static final class Figures implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReviewFile review;

    @Mixin OutDirectory output;

    @Override
    public Integer call() throws IOException {
      ReviewDocument document = ReviewDocuments.read(review.document);
      Synthesis synthesis = MetaEthnography.synthesize(document.review());
      String dot = ModelFigures.toDot(synthesis.conceptualModel());
      String mermaid = ModelFigures.toMermaid(synthesis.conceptualModel());
      PrintWriter printed = spec.commandLine().getOut();
      if (output.out == null) {
        printed.print(dot);
        printed.println();
        printed.print(mermaid);
        return OK;
      }
      Map<Path, String> files = new LinkedHashMap<>();
      files.put(output.out.resolve("conceptual-model.dot"), dot);
      files.put(output.out.resolve("conceptual-model.mmd"), mermaid);
      files.put(output.out.resolve("conceptual-model.svg"), SvgFigures.conceptualModel(synthesis));
      files.put(
          output.out.resolve("grid-heatmap.svg"), SvgFigures.heatMap(synthesis, layout(document)));
      if (!document.review().searches().isEmpty() || !document.review().otherSources().isEmpty()) {
        files.put(output.out.resolve("flow.svg"), SvgFigures.flow(synthesis));
      }
      written(printed, files);
      return OK;
    }
  }

  /** {@code flow}: the flow of records of a review document, as text. */
  @Command(
      name = "flow",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Prints the flow of records of a review document: the article review summary"
              + " (search-flow), the exclusions at quality appraisal (exclusions) and the counts of"
              + " a PRISMA 2020 flow diagram counted from the review's records of its process"
              + " (record-flow). Where some counts come from records and others are stated, the"
              + " tables say which are which.")
  static final class Flow implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReviewFile review;

    @Option(
        names = "--format",
        defaultValue = "md",
        description = "md (Markdown) or csv; default md")
    Format format;

    @Override
    public Integer call() throws IOException {
      Synthesis synthesis =
          MetaEthnography.synthesize(ReviewDocuments.read(review.document).review());
      PrintWriter printed = spec.commandLine().getOut();
      Map<String, Table> tables = new LinkedHashMap<>();
      tables.put("search-flow", ReviewTables.searchFlow(synthesis));
      tables.put("exclusions", ReviewTables.exclusions(synthesis));
      tables.put("record-flow", ReviewTables.recordFlow(synthesis));
      for (Map.Entry<String, Table> table : tables.entrySet()) {
        boolean noRecords =
            table.getKey().equals("record-flow") && synthesis.recordFlow().isEmpty();
        section(printed, table.getKey(), noRecords ? NO_RECORDS : format.text(table.getValue()));
      }
      return OK;
    }
  }

  /** {@code agreement}: the agreement between a review document's reviewers, as text. */
  @Command(
      name = "agreement",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Prints the agreement between the reviewers of a review document at each stage whose"
              + " independent ratings it records (title and abstract screening, full-text"
              + " screening, quality appraisal, concept extraction): percent agreement, Cohen's"
              + " kappa, Scott's pi, Fleiss' kappa and Krippendorff's alpha with their standard"
              + " errors or intervals, or why each is undefined (agreement), and each category"
              + " against the rest (agreement-by-category).")
  static final class AgreementCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReviewFile review;

    @Option(
        names = "--format",
        defaultValue = "md",
        description = "md (Markdown) or csv; default md")
    Format format;

    @Option(
        names = "--resamples",
        paramLabel = "N",
        description =
            "bootstrap Krippendorff's alpha over subjects N times (1 to "
                + MAX_RESAMPLES
                + ") for a 95%% interval; none if not given")
    Integer resamples;

    @Option(
        names = "--seed",
        paramLabel = "SEED",
        defaultValue = "1",
        description = "the seed of the bootstrap; the same seed gives the same interval; default 1")
    long seed;

    @Override
    public Integer call() throws IOException {
      if (resamples != null && resamples < 1) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--resamples must be at least 1, not " + resamples);
      }
      if (resamples != null && resamples > MAX_RESAMPLES) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--resamples must be at most " + MAX_RESAMPLES + ", not " + resamples);
      }
      Synthesis synthesis =
          MetaEthnography.synthesize(ReviewDocuments.read(review.document).review());
      PrintWriter printed = spec.commandLine().getOut();
      Table statistics =
          resamples == null
              ? AgreementTables.of(synthesis)
              : AgreementTables.of(synthesis, resamples, seed);
      if (statistics.rows().isEmpty()) {
        printed.println(NO_RATINGS);
        return OK;
      }
      section(printed, "agreement", format.text(statistics));
      section(printed, "agreement-by-category", format.text(AgreementTables.byCategory(synthesis)));
      return OK;
    }
  }

  /**
   * The most resamples {@code agreement --resamples} takes: each is a draw of every subject and a
   * value of alpha kept in memory, and 100000 already give an interval's ends to well within its
   * rounding.
   */
  static final int MAX_RESAMPLES = 100_000;

  /** What {@code agreement} prints for a review that records no independent ratings. */
  static final String NO_RATINGS =
      "The review records no independent ratings (screening votes, appraisals by reviewers,"
          + " extractions naming reviewers): there is no agreement to compute.";

  /** What {@code flow} prints for a review without records of its process. */
  static final String NO_RECORDS =
      "The review holds no records of its process: its counts are those it states.";

  /** {@code reproduce}: the main job. */
  @Command(
      name = "reproduce",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Reproduces the reference paper (Embuldeniya et al. 2013) from its review document:"
              + " prints its tables and figure as Markdown and writes them, with review.json, to"
              + " the directory.")
  static final class Reproduce implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        defaultValue = "target/reproduction",
        description = "the directory to write to; default ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() throws IOException {
      java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
      ReproducePaper.reproduce(
          ReproducePaper.document(),
          out,
          new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
      spec.commandLine().getOut().print(printed.toString(java.nio.charset.StandardCharsets.UTF_8));
      return OK;
    }
  }

  /** {@code compare}: a computed table against the published one it reproduces. */
  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Compares a computed table with the published table it reproduces, both CSV files with a"
              + " header row. Prints every difference (cells by row key and column, missing and"
              + " extra rows and columns, rows and columns out of order, repeated row keys), then"
              + " a summary; exit status 0 when the tables match, 1 when they differ. Rows are"
              + " matched by their key; cells, column names and order must be the same unless"
              + " an option says otherwise.")
  static final class Compare implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COMPUTED.csv", description = "the computed table")
    Path computed;

    @Parameters(
        index = "1",
        paramLabel = "PUBLISHED.csv",
        description = "the published table, as transcribed from the paper")
    Path published;

    @Option(
        names = "--key",
        paramLabel = "COLUMN",
        description =
            "a column identifying a row, named as in the published table; repeat it for a key of"
                + " several columns; default the published table's first column")
    List<String> keys = new ArrayList<>();

    @Option(
        names = "--tick",
        paramLabel = "SPELLING",
        description = "a spelling of a tick; all those given mean the same, e.g. --tick=✓ --tick=1")
    List<String> ticks = new ArrayList<>();

    @Option(
        names = "--untick",
        paramLabel = "SPELLING",
        description =
            "a spelling of a cell not ticked; all those given mean the same, e.g. --untick="
                + " --untick=0")
    List<String> unticks = new ArrayList<>();

    @Option(
        names = "--rename",
        paramLabel = "PUBLISHED=COMPUTED",
        description =
            "a published column the computed table names otherwise (split at the first =);"
                + " repeatable")
    List<String> renames = new ArrayList<>();

    @Option(
        names = "--ignore-whitespace",
        description = "strip cells, names and keys and make each run of whitespace one space")
    boolean ignoreWhitespace;

    @Option(names = "--ignore-case", description = "ignore case in cells, names and keys")
    boolean ignoreCase;

    @Option(names = "--ignore-row-order", description = "match rows wherever they are")
    boolean ignoreRowOrder;

    @Option(names = "--ignore-column-order", description = "match columns wherever they are")
    boolean ignoreColumnOrder;

    @Override
    public Integer call() throws IOException {
      Equivalences equivalences = usage(this::equivalences);
      List<SheetProblem> problems = new ArrayList<>();
      Table computedTable = read(computed, problems);
      Table publishedTable = read(published, problems);
      PrintWriter err = spec.commandLine().getErr();
      if (!problems.isEmpty()) {
        problems.forEach(problem -> err.println(problem.message()));
        return IO;
      }
      TableComparison comparison =
          usage(() -> TableComparison.of(computedTable, publishedTable, equivalences));
      PrintWriter out = spec.commandLine().getOut();
      for (Difference difference : comparison.differences()) {
        out.println(difference.message());
      }
      out.println(comparison.summary());
      return comparison.matches() ? OK : DIFFERENT;
    }

    /** The table in {@code file}, or null with its problems added. */
    private static Table read(Path file, List<SheetProblem> problems) throws IOException {
      try {
        return Spreadsheets.readTable(file);
      } catch (InvalidSheetException e) {
        problems.addAll(e.problems());
        return null;
      }
    }

    private Equivalences equivalences() {
      Equivalences equivalences = Equivalences.strict();
      if (!keys.isEmpty()) {
        equivalences = equivalences.keyedBy(keys.toArray(String[]::new));
      }
      if (!ticks.isEmpty()) {
        equivalences = equivalences.ticks(ticks.toArray(String[]::new));
      }
      if (!unticks.isEmpty()) {
        equivalences = equivalences.unticked(unticks.toArray(String[]::new));
      }
      for (String rename : renames) {
        int equals = rename.indexOf('=');
        if (equals < 0) {
          throw new IllegalArgumentException(
              "--rename \"" + rename + "\" must be PUBLISHED=COMPUTED");
        }
        equivalences =
            equivalences.renamed(rename.substring(0, equals), rename.substring(equals + 1));
      }
      equivalences = ignoreWhitespace ? equivalences.ignoringWhitespace() : equivalences;
      equivalences = ignoreCase ? equivalences.ignoringCase() : equivalences;
      equivalences = ignoreRowOrder ? equivalences.ignoringRowOrder() : equivalences;
      return ignoreColumnOrder ? equivalences.ignoringColumnOrder() : equivalences;
    }

    /**
     * What {@code step} gives; a setting the tables or the library reject is a command line that
     * cannot be understood, said with the library's message.
     */
    private <T> T usage(java.util.function.Supplier<T> step) {
      try {
        return step.get();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
      }
    }
  }

  /** {@code report}: a review document's report as one HTML file. */
  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Writes the report of a review document: one standalone HTML file, readable offline,"
              + " with every table (sortable) and figure, the grid in the document's row order, and"
              + " the document's notes.")
  static final class Report implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReviewFile review;

    @Option(
        names = "--out",
        paramLabel = "FILE.html",
        required = true,
        description = "the HTML file to write")
    Path out;

    @Override
    public Integer call() throws IOException {
      ReviewDocument document = ReviewDocuments.read(review.document);
      ReviewReport.of(MetaEthnography.synthesize(document.review()))
          .withGridLayout(layout(document))
          .withNotes(document.notes())
          .write(out);
      spec.commandLine().getOut().println("wrote " + out);
      return OK;
    }
  }

  /** {@code export-refi}: a review document's REFI-QDA codebook and project. */
  @Command(
      name = "export-refi",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Writes a review document's codebook (codebook.qdc: themes, key concepts and their raw"
              + " concepts as codes) and project (project.qdpx: papers as cases, attributes as"
              + " variables, quotations as notes, the conceptual model as a graph) in the REFI-QDA"
              + " exchange format that NVivo, ATLAS.ti, MAXQDA and QualCoder read.")
  static final class ExportRefi implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReviewFile review;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "the directory to write codebook.qdc and project.qdpx to")
    Path out;

    @Override
    public Integer call() throws IOException {
      Review read = ReviewDocuments.read(review.document).review();
      Map<Path, byte[]> files = new LinkedHashMap<>();
      try {
        files.put(
            out.resolve("codebook.qdc"),
            RefiQda.codebook(read).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put(out.resolve("project.qdpx"), RefiQda.projectArchive(read));
      } catch (IllegalArgumentException e) {
        // A review the format cannot hold, such as one with no code to write.
        spec.commandLine().getErr().println("error: " + e.getMessage());
        return INVALID;
      }
      OutputFiles.writeAllBytes(files);
      for (Path file : files.keySet()) {
        spec.commandLine().getOut().println("wrote " + file);
      }
      return OK;
    }
  }

  /** {@code import-codebook}: a codebook of another tool as a review document. */
  @Command(
      name = "import-codebook",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Reads a REFI-QDA codebook (.qdc) written by another tool into a review document: its"
              + " leaves become raw concepts, their parents key concepts (with three levels, the"
              + " top ones themes), descriptions definitions; nothing the codebook lacks is"
              + " invented. Complete the review with the import command's spreadsheets or by"
              + " editing the document. Every problem is listed on standard error (exit status"
              + " 1).")
  static final class ImportCodebook implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "CODEBOOK.qdc", description = "the codebook")
    Path codebook;

    @Option(
        names = "--title",
        paramLabel = "TITLE",
        required = true,
        description = "the title of the review")
    String title;

    @Option(
        names = "--strict",
        description =
            "hold the codebook to every rule of the standard's schema; by default the slight"
                + " departures of files written in the field are accepted")
    boolean strict;

    @Option(
        names = "--out",
        paramLabel = "REVIEW.json",
        description = "the review document to write; without it, it is printed")
    Path out;

    @Override
    public Integer call() throws IOException {
      Codebook read = (strict ? CodebookReader.strict() : CodebookReader.lenient()).read(codebook);
      PrintWriter err = spec.commandLine().getErr();
      if (read.codes().isEmpty()) {
        err.println(
            codebook
                + ": the codebook holds no code (a file whose codes lie outside the codebook's"
                + " namespace reads as empty)");
        return INVALID;
      }
      if (read.keyConcepts().isEmpty()) {
        err.println(
            codebook
                + ": the codebook is flat: no code has codes under it, so none is a key concept"
                + " and no raw concept is translated; group the codes under key concepts in your"
                + " QDA tool and export the codebook again");
        return INVALID;
      }
      ReviewDocument document =
          ReviewDocument.of(read.describeInto(MetaEthnography.review(title)).build());
      if (out == null) {
        spec.commandLine().getOut().print(ReviewDocuments.write(document));
        return OK;
      }
      ReviewDocuments.write(document, out);
      spec.commandLine().getOut().println("wrote " + out);
      return OK;
    }
  }

  /** The spreadsheets' settings the command line gives: headers in a team's words. */
  static final class SheetHeaders {
    @Option(
        names = "--header",
        paramLabel = "SHEET:HEADER=COLUMN",
        description =
            "a column of a sheet (studies, extractions, grid, translations, screening or"
                + " appraisal) headed in your own words, e.g. --header=\"extractions:Study"
                + " ID=paper\"; repeatable")
    List<String> headers = new ArrayList<>();

    /** The spreadsheets with these headers; a header not in the form given is a usage error. */
    Spreadsheets spreadsheets(CommandSpec spec) {
      Spreadsheets sheets = Spreadsheets.standard();
      for (String header : headers) {
        int colon = header.indexOf(':');
        int equals = header.indexOf('=', colon + 1);
        Sheet sheet = colon < 0 ? null : SHEETS.get(header.substring(0, colon).strip());
        if (sheet == null || equals < 0) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--header \""
                  + header
                  + "\" must be SHEET:HEADER=COLUMN, SHEET one of "
                  + SHEETS.keySet());
        }
        try {
          sheets =
              sheets.withHeader(
                  sheet, header.substring(colon + 1, equals), header.substring(equals + 1));
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
      }
      return sheets;
    }
  }

  /** The sheets by the word the command line names them with. */
  static final Map<String, Sheet> SHEETS =
      com.google.common.collect.ImmutableMap.of(
          "studies", Sheet.INCLUDED_STUDIES,
          "extractions", Sheet.EXTRACTIONS,
          "grid", Sheet.GRID,
          "translations", Sheet.TRANSLATIONS,
          "screening", Sheet.SCREENING,
          "appraisal", Sheet.APPRAISAL);

  /** {@code export}: a review document's spreadsheets. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Writes the spreadsheets a review team keeps from a review document, those it has"
              + " something for: included-studies.csv, extractions.csv, grid.csv (the grid of"
              + " record), translations.csv, and screening.csv and appraisal.csv (the records of"
              + " the review process). They read back with import.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReviewFile review;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "the directory to write the spreadsheets to")
    Path out;

    @Option(names = "--crlf", description = "end lines with CRLF, as spreadsheet programs do")
    boolean crlf;

    @Option(
        names = "--bom",
        description = "begin each file with a UTF-8 byte order mark, for spreadsheet programs")
    boolean bom;

    @Option(
        names = "--neutralise-formulas",
        description =
            "write a single quote before cells a spreadsheet program would run as formulas (for"
                + " files people open, not for reading back)")
    boolean neutralise;

    @Mixin SheetHeaders headers;

    @Override
    public Integer call() throws IOException {
      Review read = ReviewDocuments.read(review.document).review();
      CsvDialect dialect = CsvDialect.standard();
      dialect = crlf ? dialect.withCrlf() : dialect;
      dialect = bom ? dialect.withByteOrderMark() : dialect;
      dialect = neutralise ? dialect.withFormulasNeutralised() : dialect;
      Spreadsheets sheets = headers.spreadsheets(spec).withDialect(dialect);
      Map<Sheet, Path> written;
      try {
        written = sheets.write(read, out);
      } catch (IllegalArgumentException e) {
        // A value that would not read back the same from a cell.
        spec.commandLine().getErr().println("error: " + e.getMessage());
        return INVALID;
      }
      for (Path file : written.values()) {
        spec.commandLine().getOut().println("wrote " + file);
      }
      return OK;
    }
  }

  /** {@code import}: spreadsheets read into a review document. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description =
          "Reads spreadsheets into a review document: each sheet given replaces, in the base"
              + " document, the part of the review it carries, and the whole is checked as a review"
              + " document is. Writes the review document to --out, or prints it. Every problem is"
              + " listed on standard error with its file, row and column (exit status 1).")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "BASE.json",
        description = "the review document with what the sheets do not carry")
    Path base;

    @Option(names = "--studies", paramLabel = "FILE", description = "the included-studies table")
    Path studies;

    @Option(names = "--extractions", paramLabel = "FILE", description = "the extraction sheet")
    Path extractions;

    @Option(names = "--grid", paramLabel = "FILE", description = "the key concept grid of record")
    Path grid;

    @Option(names = "--translations", paramLabel = "FILE", description = "the translation table")
    Path translations;

    @Option(
        names = "--screening",
        paramLabel = "FILE",
        description = "the screening log: one row per record, with each reviewer's decisions")
    Path screening;

    @Option(
        names = "--appraisal",
        paramLabel = "FILE",
        description = "the appraisal sheet: one row per record and reviewer, a column per item")
    Path appraisal;

    @Option(
        names = "--out",
        paramLabel = "REVIEW.json",
        description = "the review document to write; without it, it is printed")
    Path out;

    @Mixin SheetHeaders headers;

    @Override
    public Integer call() throws IOException {
      Map<Sheet, Path> files = new java.util.EnumMap<>(Sheet.class);
      if (studies != null) {
        files.put(Sheet.INCLUDED_STUDIES, studies);
      }
      if (extractions != null) {
        files.put(Sheet.EXTRACTIONS, extractions);
      }
      if (grid != null) {
        files.put(Sheet.GRID, grid);
      }
      if (translations != null) {
        files.put(Sheet.TRANSLATIONS, translations);
      }
      if (screening != null) {
        files.put(Sheet.SCREENING, screening);
      }
      if (appraisal != null) {
        files.put(Sheet.APPRAISAL, appraisal);
      }
      if (files.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "give at least one sheet: --studies, --extractions, --grid, --translations,"
                + " --screening or --appraisal");
      }
      ReviewDocument read = headers.spreadsheets(spec).read(base, files);
      if (out == null) {
        spec.commandLine().getOut().print(ReviewDocuments.write(read));
        return OK;
      }
      ReviewDocuments.write(read, out);
      spec.commandLine().getOut().println("wrote " + out);
      return OK;
    }
  }
}
