package org.metaethnography.examples.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.core.figure.ModelFigures;
import org.metaethnography.core.figure.SvgFigures;
import org.metaethnography.core.io.OutputFiles;
import org.metaethnography.core.refi.RefiQda;
import org.metaethnography.core.report.ReviewReport;
import org.metaethnography.core.table.AgreementTables;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.core.table.TranslationLayout;
import org.metaethnography.examples.documents.ExampleDocuments;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.Dimension;
import org.metaethnography.synthesis.Distributions;
import org.metaethnography.synthesis.Synthesis;

/**
 * The main job, and the reference dataset it reproduces: the meta-ethnography of Embuldeniya G,
 * Veinot P, Bell E, Bell M, Nyhof-Young J, Sale JEM and Britten N, "The experience and impact of
 * chronic disease peer support interventions: a qualitative synthesis", Patient Educ Couns
 * 2013;92:3-12, kept as a review document, {@code peer-support-review.json} beside this class (in
 * {@code examples/src/main/resources}). The document's notes say where each part comes from (Tables
 * 1, 2a, 2b and 3, the reference list, sections 2.4 to 4.1) and which parts are a reconstruction:
 * the 36 raw concepts, which the paper never lists (each concept's note quotes the sentences it
 * rests on), and the line of argument, whose Fig. 1 did not survive (a note per relation names its
 * sentence). The golden tests, hand transcriptions of the paper's tables, check it.
 *
 * <p>The job synthesizes the review and reproduces the paper's Tables 1, 2a, 2b and 3 and its
 * Figure 1, with the synthesis of its (reconstructed) raw concepts. It prints every table as
 * Markdown, and the figure as Mermaid, and writes {@code table1.csv}, {@code table2a.csv}, {@code
 * table2b.csv}, {@code table3.csv}, {@code translations.csv}, {@code translation-table.csv}, {@code
 * key-concepts.csv}, {@code audit.csv}, {@code fig1.dot}, {@code fig1.mmd}, {@code fig1.svg}, the
 * grid as a heat map ({@code grid-heatmap.svg}), the flow of records ({@code flow.svg}), the report
 * of the whole review ({@code report.html}) and the document itself, {@code review.json}, to {@code
 * target/reproduction/} under the working directory, or to the directory given as the first
 * argument. Everything is computed before any file is written.
 *
 * <p>Beside Tables 2a and 2b it prints the counts of a PRISMA 2020 flow diagram of a
 * <strong>simulated</strong> review process ({@link SimulatedProcess}): records generated to
 * reproduce the paper's published counts, whose other numbers (the screeners' disagreements, for
 * example) are simulated and labelled so, row by row.
 *
 * <p>Run it with the command-line tool: {@code java -jar examples/target/metaethnography.jar
 * reproduce}.
 */
public final class ReproducePaper {
  /** The reference review document, beside this class. */
  public static final String RESOURCE = "peer-support-review.json";

  private static final ReviewDocument DOCUMENT =
      ExampleDocuments.load(ReproducePaper.class, RESOURCE);

  /**
   * The reference numbers of the included papers in the order Table 3 lists its rows, top to
   * bottom: by disease (RA, chronic disease, cancer, HIV, CVD, diabetes, asthma), in an order of
   * the paper's own that follows no rule of the data, kept as the document's grid row order.
   */
  public static final ImmutableList<Citation> TABLE_3_ROW_ORDER =
      DOCUMENT.gridRowOrder().orElseThrow();

  /**
   * Returns the reference review document: the review, the row order of Table 3 and the notes on
   * where each part comes from.
   *
   * @return the document, loaded once
   */
  public static ReviewDocument document() {
    return DOCUMENT;
  }

  /**
   * Returns the review of Embuldeniya et al. (2013): its searches, exclusions, included papers, key
   * concepts, reconstructed raw concepts with their extractions and translations, key concept grid
   * and line of argument.
   *
   * @return the review, loaded once
   */
  public static Review review() {
    return DOCUMENT.review();
  }

  /**
   * Where the CSV files go unless an argument says otherwise, relative to the working directory.
   */
  public static final Path DEFAULT_OUTPUT = Path.of("target", "reproduction");

  private static final String CONDITION_COLUMN = "disease";

  /**
   * The layout of Table 3: papers grouped by disease, in {@link #TABLE_3_ROW_ORDER}; the grid table
   * and its heat map share it.
   */
  private static final GridLayout TABLE_3_LAYOUT =
      GridLayout.standard()
          .groupedBy(CONDITION_COLUMN, Paper::condition)
          .inOrder(TABLE_3_ROW_ORDER);

  private ReproducePaper() {}

  /**
   * Reproduces the tables.
   *
   * @param args optionally, the directory to write the CSV files to
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.println(USAGE);
      return;
    }
    // An option is never taken for a directory's name.
    if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
      System.err.println(USAGE);
      System.exit(2);
    }
    Path output = args.length == 1 ? Path.of(args[0]) : DEFAULT_OUTPUT;
    reproduce(ReproducePaper.document(), output, System.out);
  }

  private static final String USAGE =
      "usage: ReproducePaper [output-directory]\n"
          + "Reproduces the tables and figure of Embuldeniya et al. (2013) from its review"
          + " document, prints them as Markdown and writes them, with review.json, to the"
          + " directory (default target/reproduction).";

  /**
   * Reproduces the reference paper from its review {@code document}: prints and writes what {@link
   * #reproduce(Synthesis, Path, PrintStream)} does, and writes the document itself as {@code
   * review.json} with them. For the reference document itself ({@link #document()}), it also
   * prints, after Table 2b, the PRISMA 2020 counts of the simulated review process ({@link
   * SimulatedProcess#flowTable(Synthesis)}), each labelled as published or simulated.
   *
   * @param document the review document
   * @param output the directory to write to
   * @param out where to print
   * @throws IOException if a file cannot be written
   */
  public static void reproduce(ReviewDocument document, Path output, PrintStream out)
      throws IOException {
    reproduce(
        MetaEthnography.synthesize(document.review()),
        output,
        out,
        Map.of(output.resolve("review.json"), ReviewDocuments.write(document)),
        document.review().equals(review())
            ? Optional.of(MetaEthnography.synthesize(SimulatedProcess.review()))
            : Optional.empty());
  }

  /**
   * Prints the tables of {@code synthesis} as Markdown to {@code out}, with its distributions and
   * its figure, and writes the tables as CSV and the figure as DOT, Mermaid and SVG to {@code
   * output}. Everything is computed before any file is written, and the files are written as one
   * ({@link OutputFiles#writeAll(Map)}): if one cannot be written, those already written are put
   * back.
   *
   * @throws IOException if a file cannot be written
   */
  public static void reproduce(Synthesis synthesis, Path output, PrintStream out)
      throws IOException {
    reproduce(synthesis, output, out, Map.of(), Optional.empty());
  }

  private static void reproduce(
      Synthesis synthesis,
      Path output,
      PrintStream out,
      Map<Path, String> more,
      Optional<Synthesis> simulated)
      throws IOException {
    ImmutableMap<String, Table> csv =
        ImmutableMap.<String, Table>builder()
            .putAll(tables(synthesis, "1", "0"))
            .putAll(synthesisTables(synthesis))
            .buildOrThrow();
    ImmutableMap<String, Table> markdown = tables(synthesis, "✓", "");
    String mermaid = ModelFigures.toMermaid(synthesis.conceptualModel());
    for (Map.Entry<String, Table> table : markdown.entrySet()) {
      print(out, table.getKey(), table.getValue());
      if (table.getKey().equals("table2b") && simulated.isPresent()) {
        printSimulatedFlow(out, simulated.get());
      }
    }
    print(out, "translations", csv.get("translations"));
    print(out, "translation table (long form)", csv.get("translation-table"));
    print(out, "key-concepts (profiles)", csv.get("key-concepts"));
    Distributions distributions = synthesis.distributions();
    for (Dimension dimension : Dimension.values()) {
      print(
          out,
          "distribution by " + dimension.name().toLowerCase(Locale.ROOT),
          ReviewTables.distribution(distributions, dimension));
    }
    print(
        out,
        "stakeholders by valence",
        ReviewTables.crossTab(distributions.crossTab(Dimension.STAKEHOLDERS, Dimension.VALENCE)));
    print(
        out,
        "stakeholders by phase",
        ReviewTables.crossTab(distributions.crossTab(Dimension.STAKEHOLDERS, Dimension.PHASE)));
    print(out, "audit", csv.get("audit"));
    out.println("## fig1 (Mermaid)");
    out.println();
    out.println("```mermaid");
    out.print(mermaid);
    out.println("```");
    out.println();
    // The files are written as one: all of them, or (if one fails) none.
    Map<Path, String> files = new LinkedHashMap<>();
    for (Map.Entry<String, Table> table : csv.entrySet()) {
      files.put(output.resolve(table.getKey() + ".csv"), table.getValue().toCsv());
    }
    files.put(output.resolve("fig1.dot"), ModelFigures.toDot(synthesis.conceptualModel()));
    files.put(output.resolve("fig1.mmd"), mermaid);
    files.put(output.resolve("fig1.svg"), SvgFigures.conceptualModel(synthesis));
    files.put(output.resolve("grid-heatmap.svg"), SvgFigures.heatMap(synthesis, TABLE_3_LAYOUT));
    files.put(output.resolve("flow.svg"), SvgFigures.flow(synthesis));
    files.put(
        output.resolve("report.html"),
        ReviewReport.of(synthesis)
            .withGridLayout(TABLE_3_LAYOUT)
            .withNotes(DOCUMENT.notes())
            .html());
    files.put(output.resolve("codebook.qdc"), RefiQda.codebook(synthesis.review()));
    files.putAll(more);
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((file, text) -> bytes.put(file, text.getBytes(StandardCharsets.UTF_8)));
    bytes.put(output.resolve("project.qdpx"), RefiQda.projectArchive(synthesis.review()));
    OutputFiles.writeAllBytes(bytes);
    out.println("Files written to " + output.toAbsolutePath());
  }

  /** The title under which the main job prints the simulated flow. */
  static final String SIMULATED_FLOW = "PRISMA 2020 flow of a SIMULATED review process";

  private static void printSimulatedFlow(PrintStream out, Synthesis simulated) {
    out.println("## " + SIMULATED_FLOW);
    out.println();
    out.println(
        "SIMULATED, not the paper's: the records behind these counts are generated by"
            + " SimulatedProcess (seed "
            + SimulatedProcess.SEED
            + ") so as to reproduce the counts the paper publishes (Tables 2a and 2b; 15 papers"
            + " disputed at appraisal, section 3). Who screened and appraised what, the"
            + " screeners' disagreements and the appraisal answers are simulated; the column"
            + " 'source' says which counts are published (or follow from published counts by"
            + " subtraction, as those excluded at each step) and which are simulated.");
    out.println();
    out.println(SimulatedProcess.flowTable(simulated).toMarkdown());
    out.println("## " + SIMULATED_AGREEMENT);
    out.println();
    out.println(
        "SIMULATED, not the paper's: the paper publishes no agreement coefficients (section 2.3);"
            + " these are computed from the simulated reviewers' independent votes and"
            + " appraisal decisions above.");
    out.println();
    out.println(AgreementTables.of(simulated).toMarkdown());
  }

  /** The title under which the main job prints the agreement of the simulated process. */
  static final String SIMULATED_AGREEMENT =
      "Agreement between reviewers in the SIMULATED review process";

  private static void print(PrintStream out, String title, Table table) {
    out.println("## " + title);
    out.println();
    out.println(table.toMarkdown());
  }

  /**
   * The tables of the synthesis of raw concepts, by file name without extension: {@code
   * translations} (raw concept, order, key concept, translation kind, papers), {@code
   * translation-table} (the translation table in its long form: key concept, raw concept with the
   * paper's quotation where the text gives one, study), {@code key-concepts} (the profiles) and
   * {@code audit} (the findings).
   */
  public static ImmutableMap<String, Table> synthesisTables(Synthesis synthesis) {
    return ImmutableMap.of(
        "translations",
        ReviewTables.translations(synthesis),
        "translation-table",
        ReviewTables.translationList(synthesis, TranslationLayout.standard().withQuotes()),
        "key-concepts",
        ReviewTables.keyConcepts(synthesis),
        "audit",
        ReviewTables.audit(synthesis.audit()));
  }

  /**
   * The paper's four tables computed from {@code synthesis}, by file name without extension ({@code
   * table1}, {@code table2a}, {@code table2b}, {@code table3}). The key concept grid is grouped by
   * disease and its rows follow {@link #TABLE_3_ROW_ORDER}; a ticked cell is written {@code
   * present} (the CSV files use {@code 1}) and an empty one {@code absent} ({@code 0}).
   */
  public static ImmutableMap<String, Table> tables(
      Synthesis synthesis, String present, String absent) {
    return ImmutableMap.of(
        "table1",
        ReviewTables.includedPapers(synthesis).withColumnRenamed("condition", CONDITION_COLUMN),
        "table2a",
        ReviewTables.searchFlow(synthesis),
        "table2b",
        ReviewTables.exclusions(synthesis),
        "table3",
        ReviewTables.conceptGrid(synthesis, TABLE_3_LAYOUT.marks(present, absent)));
  }
}
