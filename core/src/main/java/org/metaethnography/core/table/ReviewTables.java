package org.metaethnography.core.table;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Review;
import org.metaethnography.model.Search;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.StageCounts;
import org.metaethnography.model.Translation;
import org.metaethnography.synthesis.Audit;
import org.metaethnography.synthesis.ConceptGrid;
import org.metaethnography.synthesis.CrossTab;
import org.metaethnography.synthesis.Dimension;
import org.metaethnography.synthesis.Distributions;
import org.metaethnography.synthesis.ExclusionSummary;
import org.metaethnography.synthesis.Finding;
import org.metaethnography.synthesis.KeyConceptProfile;
import org.metaethnography.synthesis.PaperGroups;
import org.metaethnography.synthesis.ReviewFlow;
import org.metaethnography.synthesis.Synthesis;

/**
 * The tables a meta-ethnography publishes, made from a synthesis: the included papers by format
 * and perspective, the article review summary of the searches, the reasons for exclusion, the
 * key concept grid, the translation table, the key concept profiles, the distributions and
 * cross-tabulations of key concepts, and the audit's findings. Column names are lower case with underscores, ready for CSV; rename them
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

  /**
   * The translation table: one row per raw concept with its order, the key concept it is
   * translated into and the kind of translation, in the order of the review's translations; then
   * the raw concepts set aside, with key concept empty and kind {@code set aside}. Columns: {@code
   * raw_concept}, {@code order}, {@code key_concept}, {@code translation_kind}.
   */
  public static Table translations(Review review) {
    List<List<String>> rows = new ArrayList<>();
    for (Translation translation : review.translations()) {
      for (String concept : translation.concepts()) {
        rows.add(
            List.of(
                concept,
                orderOf(review, concept),
                translation.keyConcept(),
                lowerCase(translation.kind().name())));
      }
    }
    for (SetAside setAside : review.setAside()) {
      rows.add(List.of(setAside.concept(), orderOf(review, setAside.concept()), "", "set aside"));
    }
    return Table.of(List.of("raw_concept", "order", "key_concept", "translation_kind"), rows);
  }

  private static String orderOf(Review review, String concept) {
    return review.concept(concept).map(c -> lowerCase(c.order().name())).orElse("");
  }

  private static String lowerCase(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The key concept profiles: one row per key concept with its declared phases and
   * stakeholders, the stakeholders its raw concepts voice, their valence, the papers expressing
   * it in the grid and the number of raw concepts behind it. Several values in a cell are joined
   * with {@code "; "}. Columns: {@code key_concept}, {@code phases}, {@code
   * stakeholders_declared}, {@code stakeholders_derived}, {@code valence}, {@code papers}, {@code
   * raw_concepts}.
   */
  public static Table keyConcepts(Synthesis synthesis) {
    List<List<String>> rows = new ArrayList<>();
    for (KeyConceptProfile profile : synthesis.profiles()) {
      KeyConcept keyConcept = profile.keyConcept();
      rows.add(
          List.of(
              keyConcept.name(),
              joined(keyConcept.phases()),
              joined(keyConcept.stakeholders()),
              joined(profile.stakeholders()),
              profile.valence().label(),
              Integer.toString(profile.papers()),
              Integer.toString(profile.rawConcepts().size())));
    }
    return Table.of(
        List.of(
            "key_concept",
            "phases",
            "stakeholders_declared",
            "stakeholders_derived",
            "valence",
            "papers",
            "raw_concepts"),
        rows);
  }

  private static String joined(Iterable<?> values) {
    return Joiner.on("; ").join(values);
  }

  /**
   * How key concepts distribute in one dimension: one row per label with the number of key
   * concepts and their names. Columns: the dimension's name in lower case, {@code key_concepts},
   * {@code names}.
   */
  public static Table distribution(Distributions distributions, Dimension dimension) {
    List<List<String>> rows = new ArrayList<>();
    distributions
        .by(dimension)
        .asMap()
        .forEach(
            (label, keyConcepts) ->
                rows.add(List.of(label, Integer.toString(keyConcepts.size()), joined(keyConcepts))));
    return Table.of(List.of(lowerCase(dimension.name()), "key_concepts", "names"), rows);
  }

  /**
   * A cross-tabulation: one row per row label, one column per column label, each cell the number
   * of key concepts with both labels. The first column is named {@code <rows> by <columns>}.
   */
  public static Table crossTab(CrossTab crossTab) {
    List<String> columns = new ArrayList<>();
    columns.add(
        lowerCase(crossTab.rowDimension().name()) + " by " + lowerCase(crossTab.columnDimension().name()));
    columns.addAll(crossTab.columnLabels());
    List<List<String>> rows = new ArrayList<>();
    for (String row : crossTab.rowLabels()) {
      List<String> cells = new ArrayList<>();
      cells.add(row);
      crossTab.columnLabels().forEach(c -> cells.add(Integer.toString(crossTab.count(row, c))));
      rows.add(cells);
    }
    return Table.of(columns, rows);
  }

  /**
   * The audit's findings, one row each. Columns: {@code finding} (its kind), {@code key_concept}
   * (empty if none), {@code papers} (reference numbers separated by spaces), {@code detail}.
   */
  public static Table audit(Audit audit) {
    List<List<String>> rows = new ArrayList<>();
    for (Finding finding : audit.findings()) {
      rows.add(
          List.of(
              finding.kind().label(),
              finding.keyConcept().orElse(""),
              Joiner.on(' ').join(finding.papers()),
              finding.message()));
    }
    return Table.of(List.of("finding", "key_concept", "papers", "detail"), rows);
  }
}
