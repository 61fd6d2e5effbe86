package org.metaethnography.core.sheet;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.Author;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Review;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Translation;

/**
 * Writes the parts of a review the spreadsheets carry as tables, one per sheet that has something
 * to carry; a column no row has a value for is left out.
 */
final class SheetWriter {
  private SheetWriter() {}

  /** The word an undesignated perspective's description follows in a cell. */
  static final String UNDESIGNATED = "undesignated:";

  /** The words before an attribute's name in a column whose name is taken. */
  static final String ATTRIBUTE = "attribute:";

  /** The mark of a ticked cell of the grid that gives no stance. */
  static final String TICK = "x";

  static ImmutableMap<Sheet, Table> tables(Review review, Function<Sheet, Headers> headers) {
    ImmutableMap.Builder<Sheet, Table> tables = ImmutableMap.builder();
    if (!review.papers().isEmpty()) {
      tables.put(Sheet.INCLUDED_STUDIES, papers(review, headers.apply(Sheet.INCLUDED_STUDIES)));
    }
    if (!review.concepts().isEmpty()) {
      tables.put(Sheet.EXTRACTIONS, extractions(review, headers.apply(Sheet.EXTRACTIONS)));
    }
    if (!review.incidences().isEmpty()) {
      tables.put(Sheet.GRID, grid(review, headers.apply(Sheet.GRID)));
    }
    if (!review.translations().isEmpty()) {
      tables.put(Sheet.TRANSLATIONS, translations(review, headers.apply(Sheet.TRANSLATIONS)));
    }
    return tables.build();
  }

  /** Rows of cells by column, for columns that are left out when no row fills them. */
  private static final class Columns {
    private final Map<String, List<String>> cells = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();
    private final List<String> always;
    private int rows;

    Columns(List<String> columns, List<String> always) {
      columns.forEach(c -> cells.put(c, new ArrayList<>()));
      this.always = always;
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

    Table table(Headers headers) {
      List<String> kept = new ArrayList<>();
      for (String column : cells.keySet()) {
        if (always.contains(column) || used.contains(column)) {
          kept.add(column);
        }
      }
      List<List<String>> table = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        List<String> row = new ArrayList<>();
        for (String column : kept) {
          List<String> values = cells.get(column);
          row.add(r < values.size() ? values.get(r) : "");
        }
        table.add(row);
      }
      return Table.of(kept.stream().map(headers::written).toList(), table);
    }
  }

  private static Table papers(Review review, Headers headers) {
    Columns columns = new Columns(Sheet.INCLUDED_STUDIES.columns(), List.of("citation"));
    for (Paper paper : review.papers()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("citation", citation(paper.citation()));
      List<String> authors = new ArrayList<>();
      for (Author author : paper.authors()) {
        if (!Author.parse(author.toString()).equals(author)) {
          throw new IllegalArgumentException(
              String.format(
                  "the author (surname \"%s\", initials \"%s\") of paper %s reads back from a"
                      + " cell as another author; keep this paper's authors in the review"
                      + " document",
                  author.surname(), author.initials(), paper.citation()));
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
      Optional<Appraisal> appraisal = paper.appraisal();
      row.put("appraisal tool", appraisal.flatMap(Appraisal::tool).orElse(""));
      row.put(
          "appraisal score", appraisal.flatMap(Appraisal::score).map(Object::toString).orElse(""));
      row.put("appraisal category", appraisal.flatMap(Appraisal::category).orElse(""));
      row.put("appraisal note", appraisal.flatMap(Appraisal::note).orElse(""));
      for (String name : paper.attributes().keySet()) {
        row.put(attributeColumn(name), Cells.joined(paper.attribute(name)));
      }
      columns.row(row);
    }
    return columns.table(headers);
  }

  /** The column of a paper attribute: its name, or its name after {@code attribute:} if taken. */
  static String attributeColumn(String name) {
    String word = Cells.word(name);
    return Sheet.INCLUDED_STUDIES.columns().contains(word) || word.startsWith(ATTRIBUTE)
        ? ATTRIBUTE + " " + name
        : name;
  }

  private static Table extractions(Review review, Headers headers) {
    Map<String, List<Extraction>> found = new LinkedHashMap<>();
    for (Extraction extraction : review.extractions()) {
      found.computeIfAbsent(extraction.concept(), c -> new ArrayList<>()).add(extraction);
    }
    Columns columns = new Columns(Sheet.EXTRACTIONS.columns(), List.of("concept", "paper"));
    for (Concept concept : review.concepts()) {
      Map<String, String> described = new LinkedHashMap<>();
      described.put("concept", concept.name());
      described.put(
          "order", concept.order().map(o -> o.name().toLowerCase(Locale.ROOT)).orElse(""));
      described.put("perspective", perspective(concept.perspective()));
      described.put(
          "valence", concept.valence().map(v -> v.name().toLowerCase(Locale.ROOT)).orElse(""));
      described.put("phase", concept.phase().map(p -> p.name()).orElse(""));
      described.put("definition", concept.definition().orElse(""));
      described.put("note", concept.note().orElse(""));
      List<Extraction> extractions = found.getOrDefault(concept.name(), List.of());
      if (extractions.isEmpty()) {
        columns.row(described);
      }
      for (Extraction extraction : extractions) {
        Map<String, String> row = new LinkedHashMap<>(described);
        row.put("paper", citation(extraction.paper()));
        row.put(
            "reviewers",
            Cells.joined(extraction.reviewers().stream().map(Reviewer::name).toList()));
        row.put("stance", extraction.stance().map(SheetWriter::stance).orElse(""));
        row.put("quotation", extraction.evidence().map(e -> e.quotation()).orElse(""));
        row.put("page", extraction.evidence().flatMap(e -> e.page()).orElse(""));
        columns.row(row);
      }
    }
    return columns.table(headers);
  }

  private static Table grid(Review review, Headers headers) {
    // Rows in the order the grid of record first names their papers, so that a grid recorded row
    // by row reads back in its own order; then the papers it does not tick.
    Map<Citation, Map<String, String>> rows = new LinkedHashMap<>();
    for (Incidence incidence : review.incidences()) {
      rows.computeIfAbsent(incidence.paper(), p -> new LinkedHashMap<>())
          .put(incidence.keyConcept(), incidence.stance().map(SheetWriter::stance).orElse(TICK));
    }
    for (Paper paper : review.papers()) {
      rows.putIfAbsent(paper.citation(), new LinkedHashMap<>());
    }
    List<String> columns = new ArrayList<>();
    columns.add(headers.written("paper"));
    for (KeyConcept keyConcept : review.keyConcepts()) {
      columns.add(headers.written(keyConcept.name()));
    }
    List<List<String>> table = new ArrayList<>();
    rows.forEach(
        (paper, ticked) -> {
          List<String> row = new ArrayList<>();
          row.add(citation(paper));
          for (KeyConcept keyConcept : review.keyConcepts()) {
            row.add(ticked.getOrDefault(keyConcept.name(), ""));
          }
          table.add(row);
        });
    return Table.of(columns, table);
  }

  private static Table translations(Review review, Headers headers) {
    Map<String, Set<Citation>> foundIn = new LinkedHashMap<>();
    for (Extraction extraction : review.extractions()) {
      foundIn
          .computeIfAbsent(extraction.concept(), c -> new LinkedHashSet<>())
          .add(extraction.paper());
    }
    Columns columns = new Columns(Sheet.TRANSLATIONS.columns(), List.of("key concept", "concepts"));
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
        row.put(citation(paper.citation()), Cells.joined(inPaper));
      }
      columns.row(row);
    }
    return columns.table(headers);
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
              "the paper labelled \"%s\" would read back from a cell as reference number %s;"
                  + " label it otherwise",
              label, label));
    }
    return label;
  }

  private static String perspective(Optional<Perspective> perspective) {
    if (perspective.isEmpty()) {
      return "";
    }
    Perspective given = perspective.get();
    return given.isUndesignated()
        ? UNDESIGNATED + " " + given.undesignated().orElseThrow()
        : Cells.joined(given.stakeholders().stream().map(Stakeholder::name).toList());
  }

  private static String stance(org.metaethnography.model.Stance stance) {
    return stance.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
