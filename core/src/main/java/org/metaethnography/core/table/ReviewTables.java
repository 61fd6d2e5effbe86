package org.metaethnography.core.table;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Search;
import org.metaethnography.model.StageCounts;
import org.metaethnography.synthesis.ConceptGrid;
import org.metaethnography.synthesis.ExclusionSummary;
import org.metaethnography.synthesis.PaperGroups;
import org.metaethnography.synthesis.ReviewFlow;
import org.metaethnography.synthesis.Synthesis;

/**
 * The tables a meta-ethnography publishes, made from a synthesis: the included papers by format
 * and perspective, the article review summary of the searches, the reasons for exclusion, and
 * the key concept grid. Column names are lower case with underscores, ready for CSV; rename them
 * with {@link Table#withColumnRenamed(String, String)} where a review uses other words.
 */
public final class ReviewTables {
  /** The first cell of a totals row. */
  public static final String TOTAL = "Total";

  private ReviewTables() {}

  /**
   * The included papers, one row each, grouped by intervention format and then by participant
   * perspective, in the review's order of papers. Columns: {@code reference}, {@code
   * first_author}, {@code participant_type} (the perspective's {@linkplain Perspective#label()
   * label}), {@code condition}, {@code format}.
   */
  public static Table includedPapers(Synthesis synthesis) {
    List<List<String>> rows = new ArrayList<>();
    synthesis
        .papersByFormatAndPerspective()
        .forEach(
            (InterventionFormat format, PaperGroups<Perspective> byPerspective) -> {
              for (Paper paper : byPerspective.papers()) {
                rows.add(
                    List.of(
                        Integer.toString(paper.reference()),
                        paper.firstAuthor(),
                        paper.perspective().label(),
                        paper.condition().name(),
                        format.name()));
              }
            });
    return Table.of(
        List.of("reference", "first_author", "participant_type", "condition", "format"), rows);
  }

  /**
   * The article review summary: one row per search with the records kept at each stage, then a
   * {@code Total} row. Columns: {@code search}, {@code abstracts_reviewed}, {@code
   * articles_retrieved}, {@code quality_appraisal}, {@code articles_included}.
   */
  public static Table searchFlow(ReviewFlow flow) {
    List<List<String>> rows = new ArrayList<>();
    for (Search search : flow.searches()) {
      rows.add(flowRow(search.name(), search.counts()));
    }
    rows.add(flowRow(TOTAL, flow.total()));
    return Table.of(
        List.of(
            "search",
            "abstracts_reviewed",
            "articles_retrieved",
            "quality_appraisal",
            "articles_included"),
        rows);
  }

  private static List<String> flowRow(String name, StageCounts counts) {
    return List.of(
        name,
        Integer.toString(counts.abstractsReviewed()),
        Integer.toString(counts.articlesRetrieved()),
        Integer.toString(counts.articlesAppraised()),
        Integer.toString(counts.articlesIncluded()));
  }

  /**
   * The reasons for which quality appraisal excluded papers, one row each, then a {@code Total}
   * row. Columns: {@code reason}, {@code papers}.
   */
  public static Table exclusions(ExclusionSummary exclusions) {
    List<List<String>> rows = new ArrayList<>();
    for (ExclusionTally tally : exclusions.tallies()) {
      rows.add(List.of(tally.reason().name(), Integer.toString(tally.papers())));
    }
    rows.add(List.of(TOTAL, Integer.toString(exclusions.total())));
    return Table.of(List.of("reason", "papers"), rows);
  }

  /**
   * The key concept grid: one row per paper, laid out as {@code layout} says, then a {@code
   * Total} row with the number of papers expressing each key concept. Columns: the group column
   * if the layout has one, {@code reference}, {@code first_author}, then one column per key
   * concept named as the key concept.
   *
   * @throws IllegalArgumentException if the layout's row order does not hold every paper of the
   *     grid exactly once, or a key concept's name clashes with another column
   */
  public static Table conceptGrid(ConceptGrid grid, GridLayout layout) {
    List<String> columns = new ArrayList<>();
    layout.groupColumn().ifPresent(columns::add);
    columns.add("reference");
    columns.add("first_author");
    for (KeyConcept keyConcept : grid.keyConcepts()) {
      checkArgument(
          !columns.contains(keyConcept.name()),
          "key concept \"%s\" has the name of the grid table's column \"%s\"; name the group"
              + " column otherwise",
          keyConcept.name(),
          keyConcept.name());
      columns.add(keyConcept.name());
    }

    List<Paper> ordered = ordered(grid, layout);
    List<List<String>> rows = new ArrayList<>();
    for (Paper paper : ordered) {
      List<String> row = new ArrayList<>();
      layout.groupColumn().ifPresent(c -> row.add(layout.groupOf(paper)));
      row.add(Integer.toString(paper.reference()));
      row.add(paper.firstAuthor());
      for (KeyConcept keyConcept : grid.keyConcepts()) {
        row.add(layout.mark(grid.contains(paper.reference(), keyConcept.name())));
      }
      rows.add(row);
    }
    List<String> totals = new ArrayList<>();
    totals.add(TOTAL);
    while (totals.size() < columns.size() - grid.keyConcepts().size()) {
      totals.add("");
    }
    grid.counts().values().forEach(count -> totals.add(Integer.toString(count)));
    rows.add(totals);
    return Table.of(columns, rows);
  }

  private static List<Paper> ordered(ConceptGrid grid, GridLayout layout) {
    List<Paper> papers = grid.papers();
    if (layout.order().isPresent()) {
      ImmutableList<Integer> order = layout.order().get();
      Set<Integer> inGrid = Sets.newLinkedHashSet(Lists.transform(papers, Paper::reference));
      Set<Integer> given = Sets.newLinkedHashSet(order);
      checkArgument(
          order.size() == given.size(),
          "the row order names a paper more than once: %s",
          order);
      checkArgument(
          given.equals(inGrid),
          "the row order must name every paper of the grid once; missing %s, not in the grid %s",
          Sets.difference(inGrid, given),
          Sets.difference(given, inGrid));
      papers =
          order.stream()
              .map(reference -> grid.paper(reference).orElseThrow())
              .collect(ImmutableList.toImmutableList());
    }
    if (layout.groupColumn().isEmpty()) {
      return papers;
    }
    return PaperGroups.of(papers, layout::groupOf).papers();
  }
}
