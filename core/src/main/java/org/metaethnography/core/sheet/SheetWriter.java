package org.metaethnography.core.sheet;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.metaethnography.core.internal.Quoted;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.AppraisalForm;
import org.metaethnography.model.AppraisalRecord;
import org.metaethnography.model.Author;
import org.metaethnography.model.Citation;
import org.metaethnography.model.CompletedForm;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Decision;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.FormItem;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Resolution;
import org.metaethnography.model.Review;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Screening;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.SearchRecord;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Translation;
import org.metaethnography.model.Vote;

/**
 * Writes the parts of a review the spreadsheets carry as tables, one per sheet that has something
 * to carry; a column no row has a value for is left out. What would not read back as written (a
 * header two columns share, a value a list cell cannot hold, a cell longer than a sheet may hold)
 * is refused, naming the value and where it would go.
 */
final class SheetWriter {
  /** The word an undesignated perspective's description follows in a cell. */
  static final String UNDESIGNATED = "undesignated:";

  /** The words before an attribute's name in a column whose name is taken. */
  static final String ATTRIBUTE = "attribute:";

  /** The mark of a ticked cell of the grid that gives no stance. */
  static final String TICK = "x";

  /** The key of a column that is not a standard one (an attribute, a key concept, a paper). */
  private static final String OTHER = "\u0000";

  private final Function<Sheet, Headers> headers;
  private final int maxCell;

  private SheetWriter(Function<Sheet, Headers> headers, int maxCell) {
    this.headers = headers;
    this.maxCell = maxCell;
  }

  static ImmutableMap<Sheet, Table> tables(
      Review review, Function<Sheet, Headers> headers, SheetLimits limits) {
    SheetWriter writer = new SheetWriter(headers, limits.maxCellCharacters());
    ImmutableMap.Builder<Sheet, Table> tables = ImmutableMap.builder();
    if (!review.papers().isEmpty()) {
      tables.put(Sheet.INCLUDED_STUDIES, writer.papers(review));
    }
    if (!review.concepts().isEmpty()) {
      tables.put(Sheet.EXTRACTIONS, writer.extractions(review));
    }
    if (!review.incidences().isEmpty()) {
      tables.put(Sheet.GRID, writer.grid(review));
    }
    if (!review.translations().isEmpty()) {
      tables.put(Sheet.TRANSLATIONS, writer.translations(review));
    }
    if (!review.records().isEmpty()) {
      tables.put(Sheet.SCREENING, writer.screening(review));
    }
    if (review.records().stream().anyMatch(r -> r.appraisal().isPresent())) {
      tables.put(Sheet.APPRAISAL, writer.appraisal(review));
    }
    return tables.build();
  }

  /**
   * A sheet's rows of cells by column key: a standard column's name, or {@link #OTHER} before the
   * name of another column. Columns that no row fills are left out, unless always written.
   */
  private final class Columns {
    private final Sheet sheet;
    private final Map<String, List<String>> cells = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();
    private final List<String> always;
    private int rows;

    Columns(Sheet sheet, List<String> always) {
      this(sheet, sheet.columns(), always);
    }

    /** A sheet whose columns are written in {@code order}, with further ones after them. */
    Columns(Sheet sheet, List<String> order, List<String> always) {
      this.sheet = sheet;
      order.forEach(c -> cells.put(c, new ArrayList<>()));
      this.always = new ArrayList<>(always);
    }

    void row(Map<String, String> values) {
      for (Map.Entry<String, String> value : values.entrySet()) {
        List<String> column = cells.computeIfAbsent(value.getKey(), k -> new ArrayList<>());
        while (column.size() < rows) {
          column.add("");
        }
        column.add(value.getValue());
        if (!value.getValue().isEmpty()) {
          used.add(value.getKey());
        }
      }
      rows++;
    }

    Table table() {
      List<String> kept = new ArrayList<>();
      for (String column : cells.keySet()) {
        if (always.contains(column) || used.contains(column)) {
          kept.add(column);
        }
      }
      List<String> written = new ArrayList<>();
      for (String column : kept) {
        written.add(header(sheet, column));
      }
      checkHeaders(sheet, kept, written);
      List<List<String>> table = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < kept.size(); c++) {
          List<String> values = cells.get(kept.get(c));
          String cell = r < values.size() ? values.get(r) : "";
          checkLength(sheet, r + 2, written.get(c), cell);
          row.add(cell);
        }
        table.add(row);
      }
      return Table.of(written, table);
    }
  }

  /** The header a column key is written under. */
  private String header(Sheet sheet, String key) {
    return headers.apply(sheet).written(key.startsWith(OTHER) ? key.substring(1) : key);
  }

  /**
   * Refuses headers that would not read back as their columns: two that read as one word, or a
   * column other than a standard one headed with a standard column's name.
   */
  private static void checkHeaders(Sheet sheet, List<String> keys, List<String> written) {
    Map<String, String> seen = new HashMap<>();
    for (int c = 0; c < keys.size(); c++) {
      String word = Cells.word(written.get(c));
      if (keys.get(c).startsWith(OTHER) && sheet.columns().contains(word)) {
        throw new IllegalArgumentException(
            String.format(
                "%s cannot head a column of %s %s: it would read back as its column %s;"
                    + " rename it, or give it a header of its own with withHeader",
                sheet.fileName(),
                switch (sheet) {
                  case GRID -> "key concept";
                  case TRANSLATIONS -> "paper";
                  case APPRAISAL -> "form item";
                  default -> "attribute";
                },
                Quoted.shown(written.get(c)),
                Quoted.shown(word)));
      }
      String earlier = seen.putIfAbsent(word, written.get(c));
      if (earlier != null) {
        throw new IllegalArgumentException(
            String.format(
                "%s cannot head two columns %s and %s: they read back as one; rename one",
                sheet.fileName(), Quoted.shown(earlier), Quoted.shown(written.get(c))));
      }
    }
  }

  private void checkLength(Sheet sheet, int row, String header, String cell) {
    if (cell.length() > maxCell) {
      throw new IllegalArgumentException(
          String.format(
              "%s, row %d, column %s: the cell would have %,d characters, more than a sheet may"
                  + " hold (SheetLimits.maxCellCharacters, %,d); keep this part in the review"
                  + " document, or raise the limit with withLimits",
              sheet.fileName(), row, Quoted.shown(header), cell.length(), maxCell));
    }
  }

  private Table papers(Review review) {
    Columns columns = new Columns(Sheet.INCLUDED_STUDIES, List.of("citation"));
    for (Paper paper : review.papers()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("citation", citation(paper.citation()));
      List<String> authors = new ArrayList<>();
      for (Author author : paper.authors()) {
        if (!Author.parse(author.toString()).equals(author)) {
          throw new IllegalArgumentException(
              String.format(
                  "the author (surname %s, initials %s) of paper %s reads back from a cell as"
                      + " another author; keep this paper's authors in the review document",
                  Quoted.shown(author.surname()),
                  Quoted.shown(author.initials()),
                  paper.citation()));
        }
        authors.add(author.toString());
      }
      row.put("authors", Cells.joined(authors));
      row.put("et al", paper.etAl() ? "yes" : "");
      row.put("year", paper.year().isPresent() ? String.valueOf(paper.year().getAsInt()) : "");
      row.put("title", paper.title().orElse(""));
      row.put("journal", paper.journal().orElse(""));
      row.put("condition", paper.condition().map(c -> c.name()).orElse(""));
      row.put("format", paper.format().map(f -> f.name()).orElse(""));
      row.put("intervention", paper.intervention().orElse(""));
      row.put("duration", paper.duration().orElse(""));
      row.put("perspective", perspective(paper.perspective()));
      // An appraisal the paper's record yields is the record's, carried by the appraisal sheet.
      Optional<Appraisal> appraisal = review.statedAppraisal(paper);
      row.put("appraisal tool", appraisal.flatMap(Appraisal::tool).orElse(""));
      row.put(
          "appraisal score", appraisal.flatMap(Appraisal::score).map(Object::toString).orElse(""));
      row.put("appraisal category", appraisal.flatMap(Appraisal::category).orElse(""));
      row.put("appraisal note", appraisal.flatMap(Appraisal::note).orElse(""));
      for (String name : paper.attributes().keySet()) {
        for (String value : paper.attribute(name)) {
          if (!Cells.listable(value)) {
            throw new IllegalArgumentException(
                String.format(
                    "the value %s of attribute %s of paper %s cannot be listed in a cell (it"
                        + " holds a line break, or begins or ends with whitespace); keep this"
                        + " paper's attributes in the review document",
                    Quoted.shown(value), Quoted.shown(name), paper.citation()));
          }
        }
        row.put(OTHER + attributeColumn(name), Cells.joined(paper.attribute(name)));
      }
      columns.row(row);
    }
    return columns.table();
  }

  /** The column of a paper attribute: its name, or its name after {@code attribute:} if taken. */
  static String attributeColumn(String name) {
    String word = Cells.word(name);
    return Sheet.INCLUDED_STUDIES.columns().contains(word) || word.startsWith(ATTRIBUTE)
        ? ATTRIBUTE + " " + name
        : name;
  }

  /**
   * The extraction sheet: the extractions in the review's order, each on the row of its raw
   * concept; a raw concept found nowhere, or one whose first extraction comes after that of a raw
   * concept the review lists after it, gets a row without a paper first, so that the raw concepts
   * read back in the review's order and the extractions in theirs.
   */
  private Table extractions(Review review) {
    Map<String, Map<String, String>> described = new LinkedHashMap<>();
    for (Concept concept : review.concepts()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("concept", concept.name());
      row.put("order", concept.order().map(o -> o.name().toLowerCase(Locale.ROOT)).orElse(""));
      row.put("perspective", perspective(concept.perspective()));
      row.put("valence", concept.valence().map(v -> v.name().toLowerCase(Locale.ROOT)).orElse(""));
      row.put("phase", concept.phase().map(p -> p.name()).orElse(""));
      row.put("definition", concept.definition().orElse(""));
      row.put("note", concept.note().orElse(""));
      described.put(concept.name(), row);
    }
    List<String> order = new ArrayList<>(described.keySet());
    Set<String> shown = new HashSet<>();
    int next = 0;
    Columns columns = new Columns(Sheet.EXTRACTIONS, List.of("concept", "paper"));
    for (Extraction extraction : review.extractions()) {
      String concept = extraction.concept();
      if (shown.add(concept)) {
        // The raw concepts listed before this one that no row has shown yet come first.
        for (; next < order.size() && !order.get(next).equals(concept); next++) {
          if (shown.add(order.get(next))) {
            columns.row(described.get(order.get(next)));
          }
        }
      }
      Map<String, String> row = new LinkedHashMap<>(described.get(concept));
      row.put("paper", citation(extraction.paper()));
      row.put(
          "reviewers", Cells.joined(extraction.reviewers().stream().map(Reviewer::name).toList()));
      row.put("stance", extraction.stance().map(SheetWriter::stance).orElse(""));
      row.put("quotation", extraction.evidence().map(e -> e.quotation()).orElse(""));
      row.put("page", extraction.evidence().flatMap(e -> e.page()).orElse(""));
      columns.row(row);
    }
    for (String concept : order) {
      if (shown.add(concept)) {
        columns.row(described.get(concept));
      }
    }
    return columns.table();
  }

  private Table grid(Review review) {
    // Rows in the order the grid of record first names their papers, so that a grid recorded row
    // by row reads back in its own order; then the papers it does not tick.
    Map<Citation, Map<String, String>> rows = new LinkedHashMap<>();
    for (Incidence incidence : review.incidences()) {
      rows.computeIfAbsent(incidence.paper(), p -> new HashMap<>())
          .put(incidence.keyConcept(), incidence.stance().map(SheetWriter::stance).orElse(TICK));
    }
    for (Paper paper : review.papers()) {
      rows.putIfAbsent(paper.citation(), new HashMap<>());
    }
    Columns columns = new Columns(Sheet.GRID, List.of("paper"));
    List<String> keyConcepts = new ArrayList<>();
    for (KeyConcept keyConcept : review.keyConcepts()) {
      keyConcepts.add(OTHER + keyConcept.name());
    }
    columns.always.addAll(keyConcepts);
    rows.forEach(
        (paper, ticked) -> {
          Map<String, String> row = new LinkedHashMap<>();
          row.put("paper", citation(paper));
          for (String keyConcept : keyConcepts) {
            row.put(keyConcept, ticked.getOrDefault(keyConcept.substring(1), ""));
          }
          columns.row(row);
        });
    return columns.table();
  }

  private Table translations(Review review) {
    Map<String, Set<Citation>> foundIn = new HashMap<>();
    for (Extraction extraction : review.extractions()) {
      foundIn
          .computeIfAbsent(extraction.concept(), c -> new LinkedHashSet<>())
          .add(extraction.paper());
    }
    Columns columns = new Columns(Sheet.TRANSLATIONS, List.of("key concept", "concepts"));
    for (Translation translation : review.translations()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("key concept", translation.keyConcept());
      row.put("kind", translation.kind().map(k -> k.name().toLowerCase(Locale.ROOT)).orElse(""));
      row.put("index paper", translation.indexPaper().map(SheetWriter::citation).orElse(""));
      row.put("concepts", Cells.joined(translation.concepts()));
      for (Paper paper : review.papers()) {
        List<String> inPaper = new ArrayList<>();
        for (String concept : translation.concepts()) {
          if (foundIn.getOrDefault(concept, Set.of()).contains(paper.citation())) {
            inPaper.add(concept);
          }
        }
        row.put(OTHER + citation(paper.citation()), Cells.joined(inPaper));
      }
      columns.row(row);
    }
    return columns.table();
  }

  /**
   * The screening log: one row per record, in the review's order; for each step, three columns per
   * vote (as many as the step's most votes), then its consensus, resolution, third reviewer and
   * reason.
   */
  private Table screening(Review review) {
    Map<ScreeningLevel, Integer> most = new EnumMap<>(ScreeningLevel.class);
    for (SearchRecord record : review.records()) {
      for (Screening screening : record.screenings()) {
        most.merge(screening.level(), screening.votes().size(), Math::max);
      }
    }
    List<String> order =
        new ArrayList<>(List.of("record", "doi", "title", "found by", "also recorded as"));
    for (ScreeningLevel level : ScreeningLevel.values()) {
      String step = level(level);
      for (int v = 1; v <= most.getOrDefault(level, 0); v++) {
        order.add(step + " reviewer " + v);
        order.add(step + " decision " + v);
        order.add(step + " reason " + v);
      }
      for (String part : List.of("consensus", "resolution", "third reviewer", "reason")) {
        order.add(step + " " + part);
      }
    }
    order.add("paper");
    Columns columns = new Columns(Sheet.SCREENING, order, List.of("record"));
    for (SearchRecord record : review.records()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("record", record.id());
      row.put("doi", record.doi().orElse(""));
      row.put("title", record.title().orElse(""));
      row.put("found by", Cells.joined(record.foundBy()));
      row.put("also recorded as", Cells.joined(record.alsoRecordedAs()));
      for (Screening screening : record.screenings()) {
        String step = level(screening.level());
        for (int v = 0; v < screening.votes().size(); v++) {
          Vote vote = screening.votes().get(v);
          row.put(step + " reviewer " + (v + 1), vote.reviewer().name());
          row.put(step + " decision " + (v + 1), vote.decision().words());
          row.put(step + " reason " + (v + 1), vote.reason().orElse(""));
        }
        row.put(step + " consensus", screening.consensus().map(Decision::words).orElse(""));
        row.put(step + " resolution", screening.resolution().map(Resolution::words).orElse(""));
        row.put(step + " third reviewer", screening.arbiter().map(Reviewer::name).orElse(""));
        row.put(step + " reason", screening.reason().orElse(""));
      }
      row.put("paper", record.paper().map(SheetWriter::citation).orElse(""));
      columns.row(row);
    }
    return columns.table();
  }

  /**
   * How the screening sheet's headers name a step: {@code title and abstract}, {@code full text}.
   */
  static String level(ScreeningLevel level) {
    return Sheet.LEVELS.get(level.ordinal());
  }

  /**
   * The appraisal sheet: a row per reviewer's completed form, the third reviewer's last, records in
   * the review's order; one column per item of the forms the records use, in the forms' order.
   */
  private Table appraisal(Review review) {
    Set<String> used = new HashSet<>();
    review.records().forEach(r -> r.appraisal().ifPresent(a -> used.add(a.form())));
    List<String> items = new ArrayList<>();
    for (AppraisalForm form : review.appraisalForms()) {
      if (used.contains(form.name())) {
        for (FormItem item : form.items()) {
          String key = OTHER + itemColumn(item.id());
          if (!items.contains(key)) {
            items.add(key);
          }
        }
      }
    }
    List<String> order = new ArrayList<>(List.of("record", "form", "role", "reviewer"));
    order.addAll(items);
    order.addAll(
        List.of(
            "decision",
            "reason",
            "note",
            "final decision",
            "resolution",
            "final reason",
            "category"));
    List<String> always = new ArrayList<>(List.of("record", "form", "reviewer", "decision"));
    always.addAll(items);
    Columns columns = new Columns(Sheet.APPRAISAL, order, always);
    for (SearchRecord record : review.records()) {
      if (record.appraisal().isEmpty()) {
        continue;
      }
      AppraisalRecord appraisal = record.appraisal().get();
      Map<CompletedForm, String> roles = new LinkedHashMap<>();
      appraisal.assessments().forEach(form -> roles.put(form, ""));
      // The third reviewer is not among the reviewers who appraised first, so no form is both.
      appraisal.arbiter().ifPresent(form -> roles.put(form, THIRD_REVIEWER));
      for (Map.Entry<CompletedForm, String> role : roles.entrySet()) {
        CompletedForm form = role.getKey();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("record", record.id());
        row.put("form", appraisal.form());
        row.put("role", role.getValue());
        row.put("reviewer", form.reviewer().name());
        form.answers().forEach((item, answer) -> row.put(OTHER + itemColumn(item), answer));
        row.put("decision", form.decision().words());
        row.put("reason", form.reason().map(ExclusionReason::name).orElse(""));
        row.put("note", form.note().orElse(""));
        row.put("final decision", appraisal.stated().map(Decision::words).orElse(""));
        row.put("resolution", appraisal.resolution().map(Resolution::words).orElse(""));
        row.put("final reason", appraisal.statedReason().map(ExclusionReason::name).orElse(""));
        row.put("category", appraisal.category().orElse(""));
        columns.row(row);
      }
    }
    return columns.table();
  }

  /** The role of the row of the third reviewer's form, on the appraisal sheet. */
  static final String THIRD_REVIEWER = "third reviewer";

  /** The words before an item's identifier in a column whose name is taken. */
  static final String ITEM = "item:";

  /**
   * The column of a form's item: its identifier, or its identifier after {@code item:} if taken.
   */
  static String itemColumn(String id) {
    String word = Cells.word(id);
    return Sheet.APPRAISAL.isStandard(word) || word.startsWith(ITEM) ? ITEM + " " + id : id;
  }

  /** A citation as a cell writes it: the reference number, or the label. */
  static String citation(Citation citation) {
    if (citation.isNumbered()) {
      return String.valueOf(citation.number().getAsInt());
    }
    String label = citation.label().orElseThrow();
    if (Cells.isNumber(label)) {
      throw new IllegalArgumentException(
          String.format(
              "the paper labelled %s would read back from a cell as reference number %s;"
                  + " label it otherwise",
              Quoted.shown(label), label));
    }
    return label;
  }

  private static String perspective(Optional<Perspective> perspective) {
    if (perspective.isEmpty()) {
      return "";
    }
    Perspective given = perspective.get();
    if (given.isUndesignated()) {
      return UNDESIGNATED + " " + given.undesignated().orElseThrow();
    }
    List<String> names = new ArrayList<>();
    for (Stakeholder stakeholder : given.stakeholders()) {
      if (Cells.word(stakeholder.name()).startsWith(UNDESIGNATED)) {
        throw new IllegalArgumentException(
            String.format(
                "stakeholder %s would read back from a perspective cell as an undesignated"
                    + " perspective; name it otherwise",
                Quoted.shown(stakeholder.name())));
      }
      names.add(stakeholder.name());
    }
    return Cells.joined(names);
  }

  private static String stance(Stance stance) {
    return stance.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
