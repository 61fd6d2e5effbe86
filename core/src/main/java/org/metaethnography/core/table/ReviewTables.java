package org.metaethnography.core.table;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.metaethnography.core.internal.Labels;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Condition;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Extractions;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.OtherSource;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Review;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.Search;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Stage;
import org.metaethnography.model.StageCounts;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Study;
import org.metaethnography.model.Theme;
import org.metaethnography.model.Translation;
import org.metaethnography.synthesis.Audit;
import org.metaethnography.synthesis.Category;
import org.metaethnography.synthesis.ConceptGrid;
import org.metaethnography.synthesis.CrossTab;
import org.metaethnography.synthesis.Dimension;
import org.metaethnography.synthesis.Distributions;
import org.metaethnography.synthesis.ExclusionSummary;
import org.metaethnography.synthesis.Finding;
import org.metaethnography.synthesis.KeyConceptProfile;
import org.metaethnography.synthesis.PaperGroups;
import org.metaethnography.synthesis.RecordFlow;
import org.metaethnography.synthesis.ReviewFlow;
import org.metaethnography.synthesis.ReviewFlow.Provenance;
import org.metaethnography.synthesis.Sensitivity;
import org.metaethnography.synthesis.Synthesis;
import org.metaethnography.synthesis.TranslationTable;
import org.metaethnography.synthesis.ValenceProfile;

/**
 * The tables a meta-ethnography publishes, made from a synthesis: the included papers by format and
 * perspective, the article review summary of the searches, the reasons for exclusion, the key
 * concept grid, the translation table, the key concept profiles, the distributions and
 * cross-tabulations of key concepts, and the audit's findings. Column names are lower case with
 * underscores, ready for CSV; rename them with {@link Table#withColumnRenamed(String, String)}
 * where a review uses other words.
 */
public final class ReviewTables {
  /** The first cell of a totals row. */
  public static final String TOTAL = "Total";

  private ReviewTables() {}

  /**
   * The included papers, one row each, grouped by intervention format and then by participant
   * perspective, in the review's order of papers. Columns: {@code reference}, {@code first_author},
   * {@code participant_type} (the perspective in words), {@code condition}, {@code format}.
   *
   * @param synthesis the synthesis
   * @return the table
   */
  public static Table includedPapers(Synthesis synthesis) {
    List<String[]> rows = new ArrayList<>(synthesis.review().papers().size());
    // Papers share a few perspectives: each is put into words once.
    Map<Perspective, String> perspectives = new HashMap<>();
    synthesis
        .papersByFormatAndPerspective()
        .forEach(
            (Optional<InterventionFormat> format,
                PaperGroups<Optional<Perspective>> byPerspective) -> {
              String formatName = format.isPresent() ? format.get().name() : "";
              byPerspective
                  .asMultimap()
                  .asMap()
                  .forEach(
                      (perspective, papers) -> {
                        // Each paper in the group has the group's perspective.
                        String words =
                            perspective.isPresent()
                                ? perspectives.computeIfAbsent(
                                    perspective.get(),
                                    q -> Labels.perspective(q, synthesis.review().stakeholders()))
                                : "";
                        for (Paper paper : papers) {
                          rows.add(
                              new String[] {
                                Labels.reference(paper.citation()),
                                paper.firstAuthor().orElse(""),
                                words,
                                paper.condition().map(Condition::name).orElse(""),
                                formatName
                              });
                        }
                      });
            });
    return Table.ofRows(
        List.of("reference", "first_author", "participant_type", "condition", "format"), rows);
  }

  /**
   * The included papers, one row each in the review's order, with the columns the review chooses in
   * its own words (see {@link PaperColumns}): for example a table of included studies with
   * author-year citations, setting, country and participant type, and the themes each study
   * contributes to. A value a paper does not report is an empty cell.
   *
   * @param synthesis the synthesis
   * @param columns the columns, in order
   * @return the table
   * @throws IllegalArgumentException if two columns have the same header
   */
  public static Table includedPapers(Synthesis synthesis, PaperColumns columns) {
    List<String> headers = new ArrayList<>();
    for (PaperColumns.Column column : columns.columns()) {
      if (column.marks().isPresent()) {
        synthesis.grid().keyConcepts().forEach(k -> headers.add(k.name()));
      } else {
        headers.add(column.header());
      }
    }
    checkArgument(
        headers.stream().distinct().count() == headers.size(),
        "the columns of a table of included papers must have distinct headers: %s",
        headers);
    ConceptGrid grid = synthesis.grid();
    List<String[]> rows = new ArrayList<>();
    for (Paper paper : synthesis.review().papers()) {
      List<String> row = new ArrayList<>();
      for (PaperColumns.Column column : columns.columns()) {
        if (column.marks().isPresent()) {
          PaperColumns.Marks marks = column.marks().get();
          for (KeyConcept keyConcept : grid.keyConcepts()) {
            row.add(grid.contains(paper, keyConcept) ? marks.present() : marks.absent());
          }
        } else {
          row.add(column.value().apply(synthesis.review(), paper).orElse(""));
        }
      }
      rows.add(row.toArray(new String[0]));
    }
    return Table.ofRows(headers, rows);
  }

  /**
   * The article review summary: one row per search with the records kept at each stage, then a
   * {@code Total} row. Columns: {@code search}, {@code abstracts_reviewed}, {@code
   * articles_retrieved}, {@code quality_appraisal}, {@code articles_included}. A stage a search
   * does not report is an empty cell; a total that some search leaves unreported is written as
   * incomplete, for example {@code incomplete: 812 from 2 of 3 searches}, never as the sum of what
   * exists alone, and one that no search reports as {@code not reported}. A review that reports no
   * search has no rows, not a total of zero.
   *
   * <p>A review whose counts come partly from its records of the review process and partly from
   * counts it states has one more column, {@code provenance}, saying where each row's numbers come
   * from: {@code records}, {@code stated}, or {@code records; stated: } and the columns whose
   * counts are stated (for example {@code records; stated: quality_appraisal}); the totals row says
   * {@code records and stated} where it adds up both. A review counted wholly from records, or
   * wholly stated, has no such column.
   *
   * @param synthesis the synthesis
   * @return the table
   */
  public static Table searchFlow(Synthesis synthesis) {
    ReviewFlow flow = synthesis.flow();
    boolean mixed = mixesRecordsAndStatedCounts(synthesis);
    List<String[]> rows = new ArrayList<>();
    Set<Provenance> totals = java.util.EnumSet.noneOf(Provenance.class);
    for (Search search : flow.searches()) {
      List<String> row = flowRow(search.name(), search.counts());
      if (mixed) {
        List<String> stated = new ArrayList<>();
        boolean recorded = false;
        for (Stage stage : Stage.values()) {
          Provenance from = flow.provenance(search.name(), stage);
          recorded |= from == Provenance.RECORDS;
          if (from == Provenance.STATED) {
            stated.add(FLOW_COLUMNS.get(stage.ordinal() + 1));
          }
          totals.add(from);
        }
        row.add(
            stated.isEmpty()
                ? recorded ? Provenance.RECORDS.words() : ""
                : recorded
                    ? Provenance.RECORDS.words() + "; stated: " + String.join(", ", stated)
                    : Provenance.STATED.words());
      }
      rows.add(row.toArray(new String[0]));
    }
    List<String> total = new ArrayList<>();
    total.add(TOTAL);
    for (Stage stage : Stage.values()) {
      OptionalInt count = flow.total().count(stage);
      if (count.isPresent()) {
        total.add(Integer.toString(count.getAsInt()));
        continue;
      }
      int reporting = flow.searches().size() - flow.unreported(stage).size();
      total.add(
          reporting == 0
              ? "not reported"
              : String.format(
                  "incomplete: %d from %d of %d searches",
                  flow.partialTotal(stage), reporting, flow.searches().size()));
    }
    if (mixed) {
      total.add(
          totals.contains(Provenance.RECORDS) && totals.contains(Provenance.STATED)
              ? "records and stated"
              : totals.contains(Provenance.RECORDS)
                  ? Provenance.RECORDS.words()
                  : totals.contains(Provenance.STATED) ? Provenance.STATED.words() : "");
    }
    if (!flow.searches().isEmpty()) {
      rows.add(total.toArray(new String[0]));
    }
    List<String> columns = new ArrayList<>(FLOW_COLUMNS);
    if (mixed) {
      columns.add(PROVENANCE);
    }
    return Table.ofRows(columns, rows);
  }

  private static final List<String> FLOW_COLUMNS =
      List.of(
          "search",
          "abstracts_reviewed",
          "articles_retrieved",
          "quality_appraisal",
          "articles_included");

  /** The column that says where a mixed review's counts come from. */
  private static final String PROVENANCE = "provenance";

  /**
   * Whether the review's article review summary and exclusion tallies hold both counts from records
   * of the review process and counts it states.
   */
  private static boolean mixesRecordsAndStatedCounts(Synthesis synthesis) {
    ReviewFlow flow = synthesis.flow();
    if (!flow.isRecorded()) {
      return false;
    }
    ExclusionSummary exclusions = synthesis.exclusions();
    boolean recorded = exclusions.isRecorded();
    boolean stated = !exclusions.isRecorded() && !exclusions.tallies().isEmpty();
    for (Search search : flow.searches()) {
      for (Stage stage : Stage.values()) {
        Provenance from = flow.provenance(search.name(), stage);
        recorded |= from == Provenance.RECORDS;
        stated |= from == Provenance.STATED;
      }
    }
    return recorded && stated;
  }

  private static List<String> flowRow(String name, StageCounts counts) {
    List<String> row = new ArrayList<>(FLOW_COLUMNS.size() + 1);
    row.add(name);
    for (Stage stage : Stage.values()) {
      row.add(count(counts.count(stage)));
    }
    return row;
  }

  private static String count(OptionalInt count) {
    return count.isPresent() ? Integer.toString(count.getAsInt()) : "";
  }

  /**
   * The sources of papers other than searches (citation chasing, experts): one row each. Columns:
   * {@code source}, {@code records_found}, {@code papers_included}; a count the review does not
   * report is an empty cell.
   *
   * @param synthesis the synthesis
   * @return the table
   */
  public static Table otherSources(Synthesis synthesis) {
    List<String[]> rows = new ArrayList<>();
    for (OtherSource source : synthesis.flow().sources()) {
      rows.add(new String[] {source.name(), count(source.found()), count(source.included())});
    }
    return Table.ofRows(List.of("source", "records_found", "papers_included"), rows);
  }

  /**
   * The reasons for which quality appraisal excluded papers, one row each, then a {@code Total} row
   * (none for a review that reports no tally). Columns: {@code reason}, {@code papers}. Where the
   * tallies are counted from appraisal records, papers the records show excluded without a reason
   * have a row of their own, {@code no reason recorded}, before the total.
   *
   * <p>A review whose counts come partly from its records of the review process and partly from
   * counts it states (see {@link #searchFlow(Synthesis)}) has one more column, {@code provenance}:
   * {@code records} where the tallies are counted from appraisal records, {@code stated} where they
   * are the review's own.
   *
   * @param synthesis the synthesis
   * @return the table
   */
  public static Table exclusions(Synthesis synthesis) {
    ExclusionSummary exclusions = synthesis.exclusions();
    boolean mixed = mixesRecordsAndStatedCounts(synthesis);
    String from = (exclusions.isRecorded() ? Provenance.RECORDS : Provenance.STATED).words();
    List<String[]> rows = new ArrayList<>();
    for (ExclusionTally tally : exclusions.tallies()) {
      rows.add(exclusionRow(tally.reason().name(), tally.papers(), mixed, from));
    }
    if (exclusions.unexplained() > 0) {
      rows.add(exclusionRow(NO_REASON, exclusions.unexplained(), mixed, from));
    }
    if (!rows.isEmpty()) {
      rows.add(exclusionRow(TOTAL, exclusions.total(), mixed, from));
    }
    return Table.ofRows(
        mixed ? List.of("reason", "papers", PROVENANCE) : List.of("reason", "papers"), rows);
  }

  /** The row of papers excluded without a recorded reason. */
  private static final String NO_REASON = "no reason recorded";

  private static String[] exclusionRow(String reason, int papers, boolean mixed, String from) {
    return mixed
        ? new String[] {reason, Integer.toString(papers), from}
        : new String[] {reason, Integer.toString(papers)};
  }

  /**
   * The flow of the review's records through selection, as a PRISMA 2020 flow diagram reports it,
   * counted from its records of the review process ({@link Synthesis#recordFlow()}): one row per
   * count. Columns: {@code step} ({@code identification}, {@code title and abstract}, {@code full
   * text}, {@code appraisal}, {@code included}), {@code count} (what is counted, for example {@code
   * excluded}) and {@code records}.
   *
   * <p>Identification gives the records each search and other source found ({@code found by} and
   * its name) and the {@code duplicates removed}. Each step the records show gives the records
   * {@code assessed}, {@code included} and {@code excluded}, the excluded by reason ({@code
   * excluded: } and the reason) with those without a reason ({@code excluded without a recorded
   * reason}) where some reason is recorded; then, where not zero, the records {@code awaiting} the
   * step, those the reviewers disagreed on ({@code reviewers disagreed}) and how those were settled
   * ({@code settled by discussion}, {@code settled by a third reviewer}). A step no record reaches
   * has no rows; a review without records has none at all. The last row gives the records {@code
   * included} in the end.
   *
   * <pre>{@code
   * System.out.println(ReviewTables.recordFlow(synthesis).toMarkdown());
   * }</pre>
   *
   * @param synthesis the synthesis
   * @return the table
   */
  public static Table recordFlow(Synthesis synthesis) {
    RecordFlow flow = synthesis.recordFlow();
    List<String[]> rows = new ArrayList<>();
    if (!flow.isEmpty()) {
      String identification = "identification";
      flow.identified()
          .forEach((name, n) -> rows.add(recordRow(identification, "found by " + name, n)));
      rows.add(recordRow(identification, "duplicates removed", flow.duplicates()));
      step(rows, ScreeningLevel.TITLE_AND_ABSTRACT.words(), flow.titles());
      step(rows, ScreeningLevel.FULL_TEXT.words(), flow.fullTexts());
      step(rows, "appraisal", flow.appraisal());
      if (flow.fullTexts().assessed() > 0 || flow.appraisal().assessed() > 0) {
        rows.add(recordRow("included", "included", flow.included()));
      }
    }
    return Table.ofRows(List.of("step", "count", "records"), rows);
  }

  private static void step(List<String[]> rows, String name, RecordFlow.Step step) {
    if (step.assessed() == 0 && step.awaiting() == 0) {
      return;
    }
    rows.add(recordRow(name, "assessed", step.assessed()));
    rows.add(recordRow(name, "included", step.included()));
    rows.add(recordRow(name, "excluded", step.excluded()));
    step.reasons().forEach((reason, n) -> rows.add(recordRow(name, "excluded: " + reason, n)));
    if (!step.reasons().isEmpty() && step.unexplained() > 0) {
      rows.add(recordRow(name, "excluded without a recorded reason", step.unexplained()));
    }
    if (step.awaiting() > 0) {
      rows.add(recordRow(name, "awaiting", step.awaiting()));
    }
    if (step.disagreements() > 0) {
      rows.add(recordRow(name, "reviewers disagreed", step.disagreements()));
    }
    if (step.byDiscussion() > 0) {
      rows.add(recordRow(name, "settled by discussion", step.byDiscussion()));
    }
    if (step.byThirdReviewer() > 0) {
      rows.add(recordRow(name, "settled by a third reviewer", step.byThirdReviewer()));
    }
  }

  private static String[] recordRow(String step, String count, int records) {
    return new String[] {step, count, Integer.toString(records)};
  }

  /**
   * The key concept grid of record: one row per paper (or per study), laid out as {@code layout}
   * says, then a {@code Total} row with the number of papers (or studies) expressing each key
   * concept (where the layout {@linkplain GridLayout#counting counts} only some stances, the row
   * says which, for example {@code Total (supports or partly supports)}). Columns: the group column
   * if the layout has one, {@code study} if rows are studies (the study's name, or the citation of
   * a paper that is a study of its own), {@code reference} (the reference number, or the citation
   * label), {@code first_author}, then one column per key concept named as the key concept.
   *
   * @param synthesis the synthesis
   * @param layout how to lay the grid out
   * @return the table
   * @throws IllegalArgumentException if the layout's row order does not hold every row of the grid
   *     exactly once, or a key concept's name clashes with another column
   */
  public static Table conceptGrid(Synthesis synthesis, GridLayout layout) {
    ConceptGrid grid = layout.grid(synthesis);
    List<String> columns = new ArrayList<>(4 + grid.keyConcepts().size());
    layout.groupColumn().ifPresent(columns::add);
    if (layout.rowsAreStudies()) {
      columns.add("study");
    }
    columns.add("reference");
    columns.add("first_author");
    // A grid's key concepts have distinct names; each is checked against the few columns before.
    List<String> before = List.copyOf(columns);
    for (KeyConcept keyConcept : grid.keyConcepts()) {
      checkArgument(
          !before.contains(keyConcept.name()),
          "key concept \"%s\" has the name of the grid table's column \"%s\"; a key concept's"
              + " column must not share its name with another column",
          keyConcept.name(),
          keyConcept.name());
      columns.add(keyConcept.name());
    }

    boolean grouped = layout.groupColumn().isPresent();
    List<String[]> rows = new ArrayList<>(grid.papers().size() + 1);
    for (Map.Entry<String, List<Paper>> group : layout.groups(synthesis).entrySet()) {
      for (Paper paper : group.getValue()) {
        String[] row = new String[columns.size()];
        int column = 0;
        if (grouped) {
          row[column++] = group.getKey();
        }
        String reference = Labels.reference(paper.citation());
        if (layout.rowsAreStudies()) {
          Optional<Study> study = synthesis.review().studyOf(paper.citation());
          row[column++] = study.isPresent() ? study.get().name() : reference;
        }
        row[column++] = reference;
        row[column++] = paper.firstAuthor().orElse("");
        List<Optional<Stance>> stances = grid.stancesOf(paper);
        for (int k = 0; k < stances.size(); k++) {
          row[column++] = layout.mark(stances.get(k));
        }
        rows.add(row);
      }
    }
    List<String> totals = new ArrayList<>();
    // A total of some stances only says which it counts.
    Set<Stance> counted = layout.counted();
    totals.add(
        counted.size() == Stance.values().length
            ? TOTAL
            : TOTAL
                + " ("
                + Arrays.stream(Stance.values())
                    .filter(counted::contains)
                    .map(Labels::words)
                    .collect(Collectors.joining(" or "))
                + ")");
    while (totals.size() < columns.size() - grid.keyConcepts().size()) {
      totals.add("");
    }
    grid.keyConcepts().forEach(k -> totals.add(Integer.toString(grid.count(k, layout.counted()))));
    rows.add(totals.toArray(new String[0]));
    return Table.ofRows(columns, rows);
  }

  /**
   * The translations: one row per raw concept with its order, the key concept it is translated
   * into, the kind of translation and the papers it was found in, in the order of the review's
   * translations; then the raw concepts set aside, with key concept empty and kind {@code set
   * aside}. Columns: {@code raw_concept}, {@code order} (empty where the review does not report
   * it), {@code key_concept}, {@code translation_kind} (empty where the review does not say),
   * {@code index_paper} (only where some translation names one: the study whose concepts the others
   * are translated into, empty for the other translations), {@code papers} (where the raw concept
   * was found, in the order of the extractions, as the grid's reference column writes them,
   * separated by spaces, or by {@code "; "} where a paper is cited by label).
   *
   * @param synthesis the synthesis
   * @return the table
   */
  public static Table translations(Synthesis synthesis) {
    Review review = synthesis.review();
    // Read from the extractions' columns, without making the extractions.
    Extractions found = review.extractions();
    Map<String, List<Citation>> foundIn = new HashMap<>();
    found.forEachPair(
        (position, paper, concept) ->
            foundIn
                .computeIfAbsent(found.concepts().get(concept), c -> new ArrayList<>(1))
                .add(found.papers().get(paper)));
    boolean indexPapers = review.translations().stream().anyMatch(t -> t.indexPaper().isPresent());
    List<String[]> rows = new ArrayList<>(review.concepts().size());
    for (Translation translation : review.translations()) {
      String kind = translation.kind().isPresent() ? Labels.words(translation.kind().get()) : "";
      String indexPaper =
          translation.indexPaper().isPresent()
              ? Labels.reference(translation.indexPaper().get())
              : "";
      for (String concept : translation.concepts()) {
        String order = orderOf(review, concept);
        String papers = papers(foundIn.getOrDefault(concept, List.of()));
        rows.add(
            indexPapers
                ? new String[] {concept, order, translation.keyConcept(), kind, indexPaper, papers}
                : new String[] {concept, order, translation.keyConcept(), kind, papers});
      }
    }
    for (SetAside setAside : review.setAside()) {
      String concept = setAside.concept();
      String order = orderOf(review, concept);
      String papers = papers(foundIn.getOrDefault(concept, List.of()));
      rows.add(
          indexPapers
              ? new String[] {concept, order, "", "set aside", "", papers}
              : new String[] {concept, order, "", "set aside", papers});
    }
    List<String> columns =
        new ArrayList<>(List.of("raw_concept", "order", "key_concept", "translation_kind"));
    if (indexPapers) {
      columns.add("index_paper");
    }
    columns.add("papers");
    return Table.ofRows(columns, rows);
  }

  /** Papers as one cell: reference numbers separated by spaces, or labels by {@code "; "}. */
  private static String papers(List<Citation> papers) {
    if (papers.isEmpty()) {
      return "";
    }
    if (papers.size() == 1) {
      return Labels.reference(papers.get(0));
    }
    Set<Citation> distinct = new LinkedHashSet<>(papers);
    return references(distinct.size() == papers.size() ? papers : List.copyOf(distinct));
  }

  /**
   * Citations as one cell, as given: reference numbers separated by spaces, or, where any paper is
   * cited by label, labels separated by {@code "; "}.
   */
  private static String references(List<Citation> papers) {
    boolean numbered = true;
    for (int i = 0; i < papers.size(); i++) {
      numbered &= papers.get(i).isNumbered();
    }
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < papers.size(); i++) {
      if (i > 0) {
        cell.append(numbered ? " " : "; ");
      }
      cell.append(Labels.reference(papers.get(i)));
    }
    return cell.toString();
  }

  /**
   * The translation table in its wide form, the method's signature table: one row per key concept
   * (or per theme, by {@link TranslationLayout#byTheme()}, followed by a row for each key concept
   * in no theme, so that no raw concept is left out), one column per included paper (or per study,
   * by {@link TranslationLayout#byStudy()}) in the review's order, each cell holding the paper's
   * (or study's reports') own raw concepts translated into the row, in the review's order,
   * separated by {@code "; "} (with their definitions or quotations where the layout asks, and
   * {@code (partly supports)} or {@code (refutes)} after a concept whose extraction records that
   * stance). Columns: {@code key_concept} (or {@code theme} when every row is a theme, {@code
   * theme_or_key_concept} when themes and key concepts in no theme share the rows), then one per
   * paper, headed as the layout cites it (or per study, headed by the study's name).
   *
   * @param synthesis the synthesis
   * @param layout rows, columns, cell content and citations
   * @return the table
   * @throws IllegalArgumentException if two columns come out with the same heading (for example a
   *     study named as another paper is cited)
   */
  public static Table translationGrid(Synthesis synthesis, TranslationLayout layout) {
    Objects.requireNonNull(layout);
    TranslationTable table = synthesis.translationTable();
    Review review = synthesis.review();
    Found found = Found.of(review);
    // A study and a paper with the same heading are never merged into one column.
    Map<Object, List<Paper>> studies = new LinkedHashMap<>();
    Map<Object, String> headings = new LinkedHashMap<>();
    for (Paper paper : table.papers()) {
      StudyColumn study = StudyColumn.of(review, paper, layout);
      studies.computeIfAbsent(study.key(), s -> new ArrayList<>()).add(paper);
      headings.putIfAbsent(study.key(), study.heading());
    }
    List<KeyConcept> unthemed =
        review.keyConcepts().stream().filter(k -> review.themeOf(k).isEmpty()).toList();
    List<String> columns = new ArrayList<>();
    columns.add(
        !layout.rowsAreThemes() || review.themes().isEmpty()
            ? "key_concept"
            : unthemed.isEmpty() ? "theme" : "theme_or_key_concept");
    columns.addAll(headings.values());
    List<String[]> rows = new ArrayList<>();
    if (layout.rowsAreThemes()) {
      for (Theme theme : review.themes()) {
        rows.add(gridRow(theme.name(), studies, p -> table.cell(theme, p), found, layout));
      }
      for (KeyConcept keyConcept : unthemed) {
        rows.add(
            gridRow(keyConcept.name(), studies, p -> table.cell(keyConcept, p), found, layout));
      }
    } else {
      for (KeyConcept keyConcept : review.keyConcepts()) {
        rows.add(
            gridRow(keyConcept.name(), studies, p -> table.cell(keyConcept, p), found, layout));
      }
    }
    return Table.ofRows(columns, rows);
  }

  /**
   * A row of the wide translation table: the row's name, then for each study the raw concepts of
   * its papers, in order.
   */
  private static String[] gridRow(
      String name,
      Map<Object, List<Paper>> studies,
      Function<Paper, List<Concept>> cell,
      Found found,
      TranslationLayout layout) {
    List<String> row = new ArrayList<>();
    row.add(name);
    for (List<Paper> reports : studies.values()) {
      Set<String> shown = new LinkedHashSet<>();
      for (Paper report : reports) {
        for (Concept concept : cell.apply(report)) {
          shown.add(shown(concept, report, found, layout));
        }
      }
      row.add(String.join("; ", shown));
    }
    return row.toArray(new String[0]);
  }

  /**
   * Where a translation table puts {@code paper}: under its declared study where the layout is by
   * study and the paper reports one (headed by the study's name), else under the paper itself, a
   * study of its own (headed as the layout cites it). The key tells studies and papers apart by
   * identity, never by heading: it is the declared study, or the paper's citation.
   */
  private record StudyColumn(Object key, String heading) {
    static StudyColumn of(Review review, Paper paper, TranslationLayout layout) {
      Optional<Study> study =
          layout.studies() ? review.studyOf(paper.citation()) : Optional.empty();
      return study.isPresent()
          ? new StudyColumn(study.get(), study.get().name())
          : new StudyColumn(paper.citation(), layout.cited(paper));
    }
  }

  /**
   * The translation table in its long form, as reviews print it: one row per raw concept found in a
   * study, key concept by key concept in the review's order, raw concepts in the order of the
   * review's translations. Columns: {@code theme} (only where the review has themes; empty for a
   * key concept in none), {@code key_concept}, {@code raw_concept} (with its definition or
   * quotation where the layout asks, and the study's stance where it only partly supports or
   * refutes the key concept), {@code study} (the paper as the layout cites it, or by {@link
   * TranslationLayout#byStudy()} the name of the declared study it reports, a raw concept that
   * several reports of one study show alike, with the same quotation and stance, then being one
   * row).
   *
   * @param synthesis the synthesis
   * @param layout cell content, studies and citations
   * @return the table
   */
  public static Table translationList(Synthesis synthesis, TranslationLayout layout) {
    Objects.requireNonNull(layout);
    Review review = synthesis.review();
    Found found = Found.of(review);
    boolean themes = !review.themes().isEmpty();
    List<String> columns = new ArrayList<>();
    if (themes) {
      columns.add("theme");
    }
    columns.addAll(List.of("key_concept", "raw_concept", "study"));
    // By study, a raw concept two reports of one study show alike is one row. Rows are told apart
    // by the study (or paper) itself, never by how it is cited, so no two papers cited alike merge.
    List<TranslationTable.Line> lines = synthesis.translationTable().lines();
    Set<List<Object>> seen = Sets.newHashSetWithExpectedSize(lines.size());
    List<String[]> rows = new ArrayList<>(lines.size());
    for (TranslationTable.Line line : lines) {
      String keyConcept = line.keyConcept().name();
      String shown = shown(line.concept(), line.paper(), found, layout);
      StudyColumn study = StudyColumn.of(review, line.paper(), layout);
      if (seen.add(List.of(line.keyConcept(), shown, study.key()))) {
        rows.add(
            themes
                ? new String[] {
                  line.theme().map(Theme::name).orElse(""), keyConcept, shown, study.heading()
                }
                : new String[] {keyConcept, shown, study.heading()});
      }
    }
    return Table.ofRows(columns, rows);
  }

  /**
   * The first extraction of each raw concept from each paper, looked up in constant time, so that a
   * translation table is rendered in time linear in the review. It is read from the extractions'
   * columns, and only an extraction that records more than its concept and paper (a stance,
   * evidence) is ever made, as only such a one changes a cell.
   */
  private record Found(Extractions extractions, int[] detailed, Map<Pair, Integer> first) {
    /** A raw concept in a paper. */
    private record Pair(String concept, Citation paper) {}

    static Found of(Review review) {
      Extractions extractions = review.extractions();
      int[] detailed = extractions.detailedPositions();
      Map<Pair, Integer> first = new HashMap<>();
      if (detailed.length > 0) {
        extractions.forEachPair(
            (position, paper, concept) ->
                first.putIfAbsent(
                    new Pair(extractions.concepts().get(concept), extractions.papers().get(paper)),
                    position));
      }
      return new Found(extractions, detailed, first);
    }

    /**
     * The first extraction of {@code concept} from {@code paper} where it records more than the
     * two; empty where there is none, or the first records only them.
     */
    Optional<Extraction> detailed(Concept concept, Paper paper) {
      Integer position = first.get(new Pair(concept.name(), paper.citation()));
      return position != null && Arrays.binarySearch(detailed, position) >= 0
          ? Optional.of(extractions.get(position))
          : Optional.empty();
    }
  }

  /** A raw concept as a cell shows it: its name, with its definition or its quotation in paper. */
  private static String shown(
      Concept concept, Paper paper, Found extractions, TranslationLayout layout) {
    Optional<Extraction> found = extractions.detailed(concept, paper);
    String shown;
    switch (layout.content()) {
      case DEFINITIONS:
        shown = concept.definition().map(d -> concept.name() + ": " + d).orElse(concept.name());
        break;
      case QUOTES:
        shown =
            found
                .flatMap(Extraction::evidence)
                .map(e -> concept.name() + " \"" + e.quotation() + "\"")
                .orElse(concept.name());
        break;
      default:
        shown = concept.name();
    }
    // A study that only partly supports, or refutes, the key concept says so in its cell.
    return found
        .flatMap(Extraction::stance)
        .filter(s -> s != Stance.SUPPORTS)
        .map(s -> shown + " (" + Labels.words(s) + ")")
        .orElse(shown);
  }

  /**
   * A sensitivity analysis: one row per change of a key concept. Columns: {@code change} (loses
   * support, loses stakeholder group, comes to rest on a single paper), {@code key_concept}, {@code
   * papers_before}, {@code papers_after}, {@code stakeholders_lost} (separated by {@code "; "}).
   *
   * @param sensitivity the comparison of a synthesis with its restriction
   * @return the table
   */
  public static Table sensitivity(Sensitivity sensitivity) {
    List<String[]> rows = new ArrayList<>();
    for (Sensitivity.Change change : sensitivity.changes()) {
      rows.add(
          new String[] {
            Labels.words(change.kind()),
            change.keyConcept().name(),
            Integer.toString(change.papersBefore()),
            Integer.toString(change.papersAfter()),
            joined(change.lostStakeholders())
          });
    }
    return Table.ofRows(
        List.of("change", "key_concept", "papers_before", "papers_after", "stakeholders_lost"),
        rows);
  }

  private static String orderOf(Review review, String concept) {
    Optional<Concept> found = review.concept(concept);
    return found.isPresent() && found.get().order().isPresent()
        ? Labels.words(found.get().order().get())
        : "";
  }

  /**
   * The key concept profiles: one row per key concept with its declared phases and stakeholders,
   * the stakeholders its raw concepts voice, their valence, the papers expressing it in the grid
   * and the number of raw concepts behind it. Several values in a cell are joined with {@code ";
   * "}. Columns: {@code key_concept}, {@code phases}, {@code stakeholders_declared}, {@code
   * stakeholders_derived}, {@code valence}, {@code papers}, {@code raw_concepts}.
   *
   * @param synthesis the synthesis
   * @return the table
   */
  public static Table keyConcepts(Synthesis synthesis) {
    List<String[]> rows = new ArrayList<>();
    for (KeyConceptProfile profile : synthesis.profiles()) {
      KeyConcept keyConcept = profile.keyConcept();
      rows.add(
          new String[] {
            keyConcept.name(),
            joined(keyConcept.phases()),
            joined(keyConcept.stakeholders()),
            joined(profile.stakeholders()),
            profile.valence() == ValenceProfile.NONE ? "" : Labels.words(profile.valence()),
            Integer.toString(profile.papers()),
            Integer.toString(profile.rawConcepts().size())
          });
    }
    return Table.ofRows(
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

  private static String joined(Collection<?> values) {
    if (values.size() < 2) {
      return values.isEmpty() ? "" : values.iterator().next().toString();
    }
    StringBuilder joined = new StringBuilder();
    for (Object value : values) {
      if (joined.length() > 0) {
        joined.append("; ");
      }
      joined.append(value);
    }
    return joined.toString();
  }

  /**
   * How key concepts distribute in one dimension: one row per category with the number of key
   * concepts and their names. A stakeholder group is written as a perspective reads ({@code "Carers
   * and staff"}), a phase by its name, a valence profile in words; the empty group and no phase as
   * {@code none}. Columns: the dimension's name in lower case, {@code key_concepts}, {@code names}.
   *
   * @param distributions the distributions of a synthesis
   * @param dimension the dimension to tabulate
   * @return the table
   */
  public static Table distribution(Distributions distributions, Dimension dimension) {
    List<String[]> rows = new ArrayList<>();
    distributions
        .by(dimension)
        .asMap()
        .forEach(
            (category, keyConcepts) ->
                rows.add(
                    new String[] {
                      Labels.category(category),
                      Integer.toString(keyConcepts.size()),
                      joined(keyConcepts)
                    }));
    return Table.ofRows(List.of(Labels.words(dimension), "key_concepts", "names"), rows);
  }

  /**
   * A cross-tabulation: one row per category of the rows, one column per category of the columns,
   * each cell the number of key concepts in both (categories written as {@link
   * #distribution(Distributions, Dimension)} writes them). The first column is named {@code <rows>
   * by <columns>}.
   *
   * @param crossTab a cross-tabulation of a synthesis's distributions
   * @return the table
   */
  public static Table crossTab(CrossTab crossTab) {
    List<String> columns = new ArrayList<>();
    columns.add(
        Labels.words(crossTab.rowDimension()) + " by " + Labels.words(crossTab.columnDimension()));
    crossTab.columns().forEach(c -> columns.add(Labels.category(c)));
    List<String[]> rows = new ArrayList<>();
    for (Category row : crossTab.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(Labels.category(row));
      crossTab.columns().forEach(c -> cells.add(Integer.toString(crossTab.count(row, c))));
      rows.add(cells.toArray(new String[0]));
    }
    return Table.ofRows(columns, rows);
  }

  /**
   * The audit's findings, one row each. Columns: {@code finding} (its kind), {@code key_concept}
   * (empty if none), {@code papers} (reference numbers separated by spaces, or citation labels
   * separated by {@code "; "}), {@code detail}.
   *
   * @param audit the audit of a synthesis
   * @return the table
   */
  public static Table audit(Audit audit) {
    List<String[]> rows = new ArrayList<>();
    for (Finding finding : audit.findings()) {
      rows.add(
          new String[] {
            Labels.words(finding.kind()),
            finding.keyConcept().orElse(""),
            references(finding.papers()),
            finding.message()
          });
    }
    return Table.ofRows(List.of("finding", "key_concept", "papers", "detail"), rows);
  }
}
