package org.metaethnography.examples.reference;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.Paper;
import org.metaethnography.synthesis.Synthesis;

/**
 * The main job: synthesizes the reference review ({@link PeerSupportReview}) and reproduces the
 * paper's Tables 1, 2a, 2b and 3 from it. It prints each table as Markdown and writes each as CSV
 * ({@code table1.csv}, {@code table2a.csv}, {@code table2b.csv}, {@code table3.csv}) to {@code
 * target/reproduction/} under the working directory, or to the directory given as the first
 * argument.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am test-compile exec:java}.
 */
public final class ReproducePaper {
  /** Where the CSV files go unless an argument says otherwise, relative to the working directory. */
  public static final Path DEFAULT_OUTPUT = Path.of("target", "reproduction");

  private static final String CONDITION_COLUMN = "disease";

  private ReproducePaper() {}

  /**
   * Reproduces the tables.
   *
   * @param args optionally, the directory to write the CSV files to
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 1) {
      System.err.println("usage: ReproducePaper [output-directory]");
      System.exit(2);
    }
    Path output = args.length == 1 ? Path.of(args[0]) : DEFAULT_OUTPUT;
    reproduce(MetaEthnography.synthesize(PeerSupportReview.review()), output, System.out);
  }

  /**
   * Prints the tables of {@code synthesis} as Markdown to {@code out} and writes them as CSV to
   * {@code output}. Every table is computed before any file is written.
   *
   * @throws IOException if a file cannot be written
   */
  public static void reproduce(Synthesis synthesis, Path output, PrintStream out)
      throws IOException {
    ImmutableMap<String, Table> csv = tables(synthesis, "1", "0");
    ImmutableMap<String, Table> markdown = tables(synthesis, "✓", "");
    for (Map.Entry<String, Table> table : markdown.entrySet()) {
      out.println("## " + table.getKey());
      out.println();
      out.println(table.getValue().toMarkdown());
    }
    for (Map.Entry<String, Table> table : csv.entrySet()) {
      table.getValue().writeCsv(output.resolve(table.getKey() + ".csv"));
    }
    out.println("CSV files written to " + output.toAbsolutePath());
  }

  /**
   * The paper's four tables computed from {@code synthesis}, by file name without extension
   * ({@code table1}, {@code table2a}, {@code table2b}, {@code table3}). The key concept grid is
   * grouped by disease and its rows follow {@link PeerSupportReview#TABLE_3_ROW_ORDER}; a ticked
   * cell is written {@code present} (the CSV files use {@code 1}) and an empty one {@code absent}
   * ({@code 0}).
   */
  public static ImmutableMap<String, Table> tables(
      Synthesis synthesis, String present, String absent) {
    return ImmutableMap.of(
        "table1",
        ReviewTables.includedPapers(synthesis).withColumnRenamed("condition", CONDITION_COLUMN),
        "table2a",
        ReviewTables.searchFlow(synthesis.flow()),
        "table2b",
        ReviewTables.exclusions(synthesis.exclusions()),
        "table3",
        ReviewTables.conceptGrid(
            synthesis.grid(),
            GridLayout.standard()
                .marks(present, absent)
                .groupedBy(CONDITION_COLUMN, Paper::condition)
                .inOrder(PeerSupportReview.TABLE_3_ROW_ORDER)));
  }
}
