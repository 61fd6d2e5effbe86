package org.metaethnography.core.sheet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.metaethnography.core.document.DocumentLimits;
import org.metaethnography.core.document.DocumentProblem;
import org.metaethnography.core.document.InvalidDocumentException;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.core.internal.Quoted;
import org.metaethnography.model.ScreeningLevel;

/**
 * Reads spreadsheets into a review document: each sheet is described as the part of a review
 * document it carries, in place of that part of the base document, and the whole is loaded as any
 * review document is, so that the review's rules are checked once and alike. Problems of cells are
 * found first, all of them; the review's own problems are then placed at the row (or cell) that
 * describes their place.
 */
final class SheetReader {
  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

  /** Parses the base as strictly as a review document is parsed: no field twice, one value. */
  private static final JsonMapper BASE =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .nodeFactory(JSON)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** The longest score cell read: three numbers of the length a review document allows. */
  private static final int MAX_SCORE = 3 * DocumentLimits.DEFAULT.maxNumberLength() + 2;

  private static final Pattern SCORE =
      Pattern.compile(
          "(-?\\d+(?:\\.\\d+)?)(?:\\s*-\\s*(-?\\d+(?:\\.\\d+)?))?(?:\\s*/\\s*(\\d+(?:\\.\\d+)?))?");

  /** Where a part of the document made from a sheet came from: a file, a row and a column. */
  private record Origin(String file, int row, int column, String header) {}

  private final List<SheetProblem> problems = new ArrayList<>();

  /** Where each JSON Pointer of the parts made from sheets came from. */
  private final Map<String, Origin> origins = new HashMap<>();

  private final Function<Sheet, Headers> headers;
  private final String baseName;

  private SheetReader(Function<Sheet, Headers> headers, String baseName) {
    this.headers = headers;
    this.baseName = baseName;
  }

  /** One sheet given to read: its file's name and text (null if the file is not text). */
  record Source(String name, String text) {}

  /**
   * Reads the sheets into the base; {@code unread} are the problems of files that could not be read
   * as text, reported with those of the others.
   */
  static ReviewDocument read(
      String baseName,
      String baseJson,
      Map<Sheet, Source> sheets,
      Function<Sheet, Headers> headers,
      SheetLimits limits,
      List<SheetProblem> unread) {
    SheetReader reader = new SheetReader(headers, baseName);
    reader.problems.addAll(unread);
    return reader.read(baseJson, sheets, limits);
  }

  /**
   * Throws the problems found, file by file in the order of the sheets, the base document's last.
   */
  private InvalidSheetException invalid(Map<Sheet, Source> sheets) {
    List<String> files = new ArrayList<>();
    sheets.values().forEach(source -> files.add(source.name()));
    List<SheetProblem> ordered = new ArrayList<>(problems);
    ordered.sort(
        Comparator.comparingInt(
            p -> files.contains(p.file()) ? files.indexOf(p.file()) : files.size()));
    return new InvalidSheetException(ordered);
  }

  private ReviewDocument read(String baseJson, Map<Sheet, Source> sheets, SheetLimits limits) {
    ObjectNode base = base(baseJson);
    Map<Sheet, Columns> parsed = new LinkedHashMap<>();
    for (Sheet sheet : Sheet.values()) {
      Source source = sheets.get(sheet);
      if (source != null && source.text() != null) {
        CsvText.Parsed table = CsvText.parse(source.name(), source.text(), limits, problems);
        parsed.put(sheet, new Columns(sheet, table, headers.apply(sheet)));
      }
    }
    if (base == null) {
      throw invalid(sheets);
    }
    Set<String> keyConcepts = new LinkedHashSet<>();
    base.path("keyConcepts").forEach(k -> keyConcepts.add(k.path("name").asText()));
    if (parsed.containsKey(Sheet.INCLUDED_STUDIES)) {
      base.set("papers", papers(parsed.get(Sheet.INCLUDED_STUDIES)));
    }
    Set<String> papers = new LinkedHashSet<>();
    base.path("papers").forEach(p -> papers.add(p.path("citation").asText()));
    Set<List<String>> found = null;
    if (parsed.containsKey(Sheet.EXTRACTIONS)) {
      ArrayNode concepts = JSON.arrayNode();
      ArrayNode extractions = JSON.arrayNode();
      extractions(parsed.get(Sheet.EXTRACTIONS), concepts, extractions);
      base.set("concepts", concepts);
      base.set("extractions", extractions);
    }
    if (base.path("extractions").size() > 0) {
      found = new LinkedHashSet<>();
      for (JsonNode extraction : base.path("extractions")) {
        found.add(List.of(extraction.path("concept").asText(), extraction.path("paper").asText()));
      }
    }
    if (parsed.containsKey(Sheet.GRID)) {
      base.set("grid", grid(parsed.get(Sheet.GRID), keyConcepts));
    }
    if (parsed.containsKey(Sheet.TRANSLATIONS)) {
      translations(parsed.get(Sheet.TRANSLATIONS), papers, found, base);
    }
    if (parsed.containsKey(Sheet.SCREENING)) {
      base.set("records", records(parsed.get(Sheet.SCREENING), base));
      holdsRecords(base);
    }
    if (parsed.containsKey(Sheet.APPRAISAL)) {
      appraisals(parsed.get(Sheet.APPRAISAL), base, parsed.containsKey(Sheet.SCREENING));
      holdsRecords(base);
    }
    boolean cells = !problems.isEmpty();
    try {
      ReviewDocument read = ReviewDocuments.read(base.toString());
      if (!cells) {
        return read;
      }
    } catch (InvalidDocumentException e) {
      for (DocumentProblem problem : e.problems()) {
        SheetProblem placed = placed(problem);
        // With problems of cells, the review's problems placed in the sheets may only follow
        // from them and wait until the cells are right; those of the base are its own.
        if (!cells || placed.file().equals(baseName)) {
          problems.add(placed);
        }
      }
    }
    throw invalid(sheets);
  }

  /** The base document as a JSON object, or null with its problems added. */
  private ObjectNode base(String json) {
    try {
      JsonNode root = BASE.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
      if (root instanceof ObjectNode object) {
        return object;
      }
    } catch (JsonProcessingException e) {
      // The document reader says what is wrong with it, below.
    }
    try {
      ReviewDocuments.read(json);
      problems.add(
          new SheetProblem(baseName, 0, 0, "", "malformed JSON", "the base is not a JSON object"));
    } catch (InvalidDocumentException e) {
      e.problems().forEach(p -> problems.add(placed(p)));
    }
    return null;
  }

  /**
   * A problem of the document as one of the sheet it came from, at the row and column that made the
   * part of the document it is at; a problem of the base document's own parts stays there.
   */
  private SheetProblem placed(DocumentProblem problem) {
    for (String pointer = problem.pointer(); !pointer.isEmpty(); ) {
      Origin origin = origins.get(pointer);
      if (origin != null) {
        return new SheetProblem(
            origin.file(),
            origin.row(),
            origin.column(),
            origin.header(),
            problem.rule(),
            problem.detail());
      }
      pointer = pointer.substring(0, pointer.lastIndexOf('/'));
    }
    return new SheetProblem(
        baseName,
        0,
        0,
        "",
        problem.rule(),
        (problem.pointer().isEmpty() ? "" : problem.pointer() + ": ") + problem.detail());
  }

  /** A sheet's rows with its columns resolved to what they name. */
  private final class Columns {
    final Sheet sheet;
    final CsvText.Parsed table;

    /** The index of each standard column the sheet has. */
    final Map<String, Integer> standard = new LinkedHashMap<>();

    /** The other columns, by the name they resolve to, with their index. */
    final Map<String, Integer> others = new LinkedHashMap<>();

    /** The rows, none when the sheet lacks the column that identifies what a row describes. */
    final List<CsvText.Row> rows;

    Columns(Sheet sheet, CsvText.Parsed table, Headers headers) {
      this.sheet = sheet;
      this.table = table;
      Map<String, Integer> seen = new HashMap<>();
      for (int c = 0; c < table.header().size(); c++) {
        String header = table.header().get(c);
        if (header.isBlank()) {
          problems.add(
              new SheetProblem(
                  table.file(), 1, c + 1, "", "blank column", "the column has no name"));
          continue;
        }
        String column = headers.column(header);
        String word = Cells.word(column);
        Integer first = seen.putIfAbsent(word, c);
        if (first != null) {
          problems.add(
              new SheetProblem(
                  table.file(),
                  1,
                  c + 1,
                  header,
                  "repeated column",
                  String.format(
                      "the column %s names %s, as column %d (%s) does; a sheet names each column"
                          + " once",
                      Quoted.shown(header),
                      Quoted.shown(sheet.isStandard(word) ? word : column),
                      first + 1,
                      Quoted.shown(table.header().get(first)))));
        } else if (sheet.isStandard(word)) {
          standard.put(word, c);
        } else {
          others.put(column, c);
        }
      }
      if (!table.header().isEmpty() && !standard.containsKey(sheet.columns().get(0))) {
        problems.add(
            new SheetProblem(
                table.file(),
                1,
                0,
                "",
                "missing column",
                String.format(
                    "the sheet has no column \"%s\", which it needs; its columns are %s",
                    sheet.columns().get(0), listed(table.header()))));
        rows = List.of();
      } else {
        rows = table.rows();
      }
    }

    /** The cell of {@code row} in standard column {@code column}, empty where blank or absent. */
    String cell(CsvText.Row row, String column) {
      Integer c = standard.get(column);
      return c == null || row.cells().get(c).isBlank() ? "" : row.cells().get(c);
    }

    String header(int column) {
      return table.header().get(column);
    }

    void problem(CsvText.Row row, String column, String rule, String detail) {
      Integer c = standard.get(column);
      problems.add(
          new SheetProblem(
              table.file(),
              row.number(),
              c == null ? 0 : c + 1,
              c == null ? "" : header(c),
              rule,
              detail));
    }

    /** Records that the part of the document at {@code pointer} comes from this row. */
    void origin(String pointer, CsvText.Row row) {
      origins.put(pointer, new Origin(table.file(), row.number(), 0, ""));
    }

    /** Records that the field at {@code pointer} comes from this row's standard column. */
    void origin(String pointer, CsvText.Row row, String column) {
      Integer c = standard.get(column);
      if (c != null) {
        origins.put(pointer, new Origin(table.file(), row.number(), c + 1, header(c)));
      }
    }

    /** Adds a problem for each column that is neither standard nor allowed by {@code known}. */
    void unknownColumns(Set<String> known, String what) {
      others.forEach(
          (column, c) -> {
            if (!known.contains(column)) {
              problems.add(
                  new SheetProblem(
                      table.file(),
                      1,
                      c + 1,
                      header(c),
                      "unknown column",
                      String.format(
                          "the column %s is %s; the sheet's columns are %s%s",
                          Quoted.shown(column), what, sheet.columns(), expected())));
            }
          });
    }

    private String expected() {
      return switch (sheet) {
        case EXTRACTIONS -> "";
        case GRID -> " and one per key concept";
        case SCREENING ->
            " and three per reviewer's vote at each step (title and abstract reviewer 1, title"
                + " and abstract decision 1, title and abstract reason 1, and so on)";
        case APPRAISAL -> " and one per item of the review's appraisal forms";
        default -> " and one per included paper";
      };
    }
  }

  private ArrayNode papers(Columns sheet) {
    ArrayNode papers = JSON.arrayNode();
    for (CsvText.Row row : sheet.rows) {
      String at = "/papers/" + papers.size();
      ObjectNode paper = papers.addObject();
      sheet.origin(at, row);
      String citation = sheet.cell(row, "citation").strip();
      if (citation.isEmpty()) {
        sheet.problem(row, "citation", "missing value", "a paper needs its citation");
      }
      paper.set("citation", citation(citation));
      sheet.origin(at + "/citation", row, "citation");
      names(sheet, row, "authors", paper, "authors", at);
      String etAl = sheet.cell(row, "et al");
      if (!etAl.isEmpty()) {
        Optional<Boolean> flag = yesOrNo(etAl);
        if (flag.isEmpty()) {
          sheet.problem(
              row,
              "et al",
              "wrong value",
              "et al is " + Quoted.shown(etAl) + "; write yes, no or nothing");
        } else if (flag.get()) {
          paper.put("etAl", true);
        }
      }
      String year = sheet.cell(row, "year").strip();
      if (!year.isEmpty()) {
        if (year.matches("-?\\d{1,18}")
            && Math.abs(Long.parseLong(year)) <= Integer.MAX_VALUE
            && Long.parseLong(year) != Integer.MAX_VALUE + 1L) {
          paper.put("year", (int) Long.parseLong(year));
          sheet.origin(at + "/year", row, "year");
        } else {
          sheet.problem(
              row,
              "year",
              "wrong value",
              "the year " + Quoted.shown(year) + " is not a whole number");
        }
      }
      for (String field : List.of("title", "journal", "intervention", "duration")) {
        text(sheet, row, field, paper, field, at);
      }
      name(sheet, row, "condition", paper, "condition", at);
      name(sheet, row, "format", paper, "format", at);
      perspective(sheet, row, paper, at);
      ObjectNode appraisal = JSON.objectNode();
      text(sheet, row, "appraisal tool", appraisal, "tool", at + "/appraisal");
      String score = sheet.cell(row, "appraisal score").strip();
      if (!score.isEmpty()) {
        Matcher m = SCORE.matcher(score);
        if (m.matches() && score.length() <= MAX_SCORE) {
          ObjectNode value = appraisal.putObject("score");
          if (m.group(2) == null) {
            value.put("value", new BigDecimal(m.group(1)));
          } else {
            value.put("low", new BigDecimal(m.group(1)));
            value.put("high", new BigDecimal(m.group(2)));
          }
          if (m.group(3) != null) {
            value.put("outOf", new BigDecimal(m.group(3)));
          }
          sheet.origin(at + "/appraisal/score", row, "appraisal score");
        } else {
          sheet.problem(
              row,
              "appraisal score",
              "wrong value",
              "the score "
                  + Quoted.shown(score)
                  + " is not a score; write it as 8, 8/10, 7-9 or 7-9/10");
        }
      }
      text(sheet, row, "appraisal category", appraisal, "category", at + "/appraisal");
      text(sheet, row, "appraisal note", appraisal, "note", at + "/appraisal");
      if (!appraisal.isEmpty()) {
        paper.set("appraisal", appraisal);
        sheet.origin(at + "/appraisal", row, "appraisal tool");
      }
      ObjectNode attributes = JSON.objectNode();
      sheet.others.forEach(
          (column, c) -> {
            List<String> values = Cells.names(row.cells().get(c));
            if (!values.isEmpty()) {
              String name =
                  Cells.word(column).startsWith(SheetWriter.ATTRIBUTE)
                      ? column.substring(column.indexOf(':') + 1).strip()
                      : column;
              ArrayNode list = attributes.putArray(name);
              values.forEach(list::add);
              origins.put(
                  at + "/attributes/" + escape(name),
                  new Origin(sheet.table.file(), row.number(), c + 1, sheet.header(c)));
            }
          });
      if (!attributes.isEmpty()) {
        paper.set("attributes", attributes);
      }
    }
    return papers;
  }

  private void extractions(Columns sheet, ArrayNode concepts, ArrayNode extractions) {
    sheet.unknownColumns(Set.of(), "not one the extraction sheet has");
    Map<String, ObjectNode> described = new LinkedHashMap<>();
    Map<String, Integer> index = new HashMap<>();
    Map<String, Map<String, String>> given = new HashMap<>();
    for (CsvText.Row row : sheet.rows) {
      String name = sheet.cell(row, "concept").strip();
      if (name.isEmpty()) {
        sheet.problem(row, "concept", "missing value", "a row needs the raw concept it names");
        continue;
      }
      ObjectNode concept = described.get(name);
      Map<String, String> first = given.computeIfAbsent(name, n -> new HashMap<>());
      if (concept == null) {
        String at = "/concepts/" + concepts.size();
        concept = concepts.addObject();
        concept.put("name", name);
        described.put(name, concept);
        index.put(name, concepts.size() - 1);
        sheet.origin(at, row);
        sheet.origin(at + "/name", row, "concept");
      }
      String at = "/concepts/" + index.get(name);
      ObjectNode describing = concept;
      for (String column :
          List.of("order", "perspective", "valence", "phase", "definition", "note")) {
        String cell = sheet.cell(row, column);
        if (cell.isEmpty()) {
          continue;
        }
        String earlier = first.putIfAbsent(column, cell);
        if (earlier != null) {
          if (!sameClassification(column, earlier, cell)) {
            sheet.problem(
                row,
                column,
                "conflicting value",
                String.format(
                    "raw concept %s has %s %s here but %s on an earlier row",
                    Quoted.shown(name), column, Quoted.shown(cell), Quoted.shown(earlier)));
          }
          continue;
        }
        switch (column) {
          case "order" ->
              word(sheet, row, column, cell, List.of("first", "second"))
                  .ifPresent(w -> describing.put("order", w));
          case "valence" ->
              word(sheet, row, column, cell, List.of("positive", "negative", "mixed"))
                  .ifPresent(w -> describing.put("valence", w));
          case "perspective" -> perspective(sheet, row, describing, at);
          case "phase" -> name(sheet, row, "phase", describing, "phase", at);
          default -> text(sheet, row, column, describing, column, at);
        }
        sheet.origin(at + "/" + column, row, column);
      }
      String paper = sheet.cell(row, "paper").strip();
      if (paper.isEmpty()) {
        for (String column : List.of("reviewers", "stance", "quotation", "page")) {
          // Without a paper column at all, no row can give an extraction's paper: that column is
          // what to fix, not each row.
          if (sheet.standard.containsKey("paper") && !sheet.cell(row, column).isEmpty()) {
            sheet.problem(
                row,
                column,
                "missing value",
                "the row gives the " + column + " of an extraction but not its paper");
          }
        }
        continue;
      }
      String where = "/extractions/" + extractions.size();
      ObjectNode extraction = extractions.addObject();
      sheet.origin(where, row);
      extraction.put("concept", name);
      extraction.set("paper", citation(paper));
      sheet.origin(where + "/paper", row, "paper");
      names(sheet, row, "reviewers", extraction, "reviewers", where);
      String stance = sheet.cell(row, "stance");
      if (!stance.isEmpty()) {
        stance(sheet, row, stance).ifPresent(s -> extraction.put("stance", s));
      }
      text(sheet, row, "quotation", extraction, "quotation", where);
      text(sheet, row, "page", extraction, "page", where);
    }
  }

  private ArrayNode grid(Columns sheet, Set<String> keyConcepts) {
    sheet.unknownColumns(keyConcepts, "no key concept of the review");
    ArrayNode grid = JSON.arrayNode();
    for (CsvText.Row row : sheet.rows) {
      String paper = sheet.cell(row, "paper").strip();
      if (paper.isEmpty()) {
        sheet.problem(row, "paper", "missing value", "a row of the grid needs its paper");
        continue;
      }
      for (Map.Entry<String, Integer> column : sheet.others.entrySet()) {
        if (!keyConcepts.contains(column.getKey())) {
          continue;
        }
        String cell = Cells.word(row.cells().get(column.getValue()));
        Optional<String> stance = Optional.empty();
        switch (cell) {
          case "", "0", "no" -> {
            continue;
          }
          case "x", "\u2713", "\u2714", "1", "yes" -> {}
          case "supports", "partly supports", "refutes" -> stance = Optional.of(cell);
          default -> {
            problems.add(
                new SheetProblem(
                    sheet.table.file(),
                    row.number(),
                    column.getValue() + 1,
                    sheet.header(column.getValue()),
                    "wrong value",
                    String.format(
                        "the cell %s is no mark of the grid; write x (or \u2713, 1, yes) for a"
                            + " ticked cell, supports, partly supports or refutes for a stance,"
                            + " and nothing (or 0, no) for an empty one",
                        Quoted.shown(row.cells().get(column.getValue())))));
            continue;
          }
        }
        String at = "/grid/" + grid.size();
        ObjectNode tick = grid.addObject();
        tick.set("paper", citation(paper));
        tick.put("keyConcept", column.getKey());
        stance.ifPresent(s -> tick.put("stance", s));
        origins.put(
            at,
            new Origin(
                sheet.table.file(),
                row.number(),
                column.getValue() + 1,
                sheet.header(column.getValue())));
      }
    }
    return grid;
  }

  private void translations(
      Columns sheet, Set<String> papers, Set<List<String>> found, ObjectNode base) {
    sheet.unknownColumns(papers, "no included paper's citation");
    boolean deriveConcepts = base.path("concepts").isEmpty();
    ArrayNode derivedConcepts = JSON.arrayNode();
    Set<String> derivedNames = new LinkedHashSet<>();
    ArrayNode derivedExtractions = JSON.arrayNode();
    Set<List<String>> derivedPairs = new LinkedHashSet<>();
    ArrayNode translations = JSON.arrayNode();
    for (CsvText.Row row : sheet.rows) {
      String keyConcept = sheet.cell(row, "key concept").strip();
      if (keyConcept.isEmpty()) {
        sheet.problem(row, "key concept", "missing value", "a translation needs its key concept");
        continue;
      }
      String at = "/translations/" + translations.size();
      ObjectNode translation = translations.addObject();
      sheet.origin(at, row);
      translation.put("keyConcept", keyConcept);
      String kind = sheet.cell(row, "kind");
      if (!kind.isEmpty()) {
        word(sheet, row, "kind", kind, List.of("reciprocal", "refutational"))
            .ifPresent(k -> translation.put("kind", k));
      }
      String indexPaper = sheet.cell(row, "index paper").strip();
      if (!indexPaper.isEmpty()) {
        translation.set("indexPaper", citation(indexPaper));
        sheet.origin(at + "/indexPaper", row, "index paper");
      }
      boolean listed = sheet.standard.containsKey("concepts");
      // The concepts as listed (a name given twice is the review's problem to report), and as a
      // set to look them up.
      List<String> conceptList = new ArrayList<>(Cells.names(sheet.cell(row, "concepts")));
      Set<String> concepts = new LinkedHashSet<>(conceptList);
      for (Map.Entry<String, Integer> column : sheet.others.entrySet()) {
        String paper = column.getKey();
        if (!papers.contains(paper)) {
          continue;
        }
        int c = column.getValue();
        List<String> inCell = Cells.names(row.cells().get(c));
        Set<String> inCellSet = new HashSet<>(inCell);
        Origin cell = new Origin(sheet.table.file(), row.number(), c + 1, sheet.header(c));
        for (String concept : inCell) {
          if (listed && !concepts.contains(concept)) {
            problems.add(
                problemAt(
                    cell,
                    "inconsistent cell",
                    String.format(
                        "raw concept %s is in this cell but not among the concepts the row"
                            + " translates",
                        Quoted.shown(concept))));
          } else if (!listed && concepts.add(concept)) {
            conceptList.add(concept);
          }
          if (deriveConcepts && derivedNames.add(concept)) {
            origins.put("/concepts/" + derivedConcepts.size(), cell);
            derivedConcepts.addObject().put("name", concept);
          }
          if (found == null && derivedPairs.add(List.of(concept, paper))) {
            origins.put("/extractions/" + derivedExtractions.size(), cell);
            ObjectNode extraction = derivedExtractions.addObject();
            extraction.put("concept", concept);
            extraction.set("paper", citation(paper));
          }
        }
        if (found != null) {
          List<String> missing = new ArrayList<>();
          List<String> extra = new ArrayList<>();
          for (String concept : concepts) {
            boolean foundThere = found.contains(List.of(concept, paper));
            if (foundThere && !inCellSet.contains(concept)) {
              missing.add(concept);
            }
            if (!foundThere && inCellSet.contains(concept)) {
              extra.add(concept);
            }
          }
          if (!missing.isEmpty() || !extra.isEmpty()) {
            problems.add(
                problemAt(
                    cell,
                    "inconsistent cell",
                    String.format(
                        "the cell disagrees with the extractions of paper %s:%s%s",
                        Quoted.shown(paper),
                        missing.isEmpty()
                            ? ""
                            : " it lacks " + quotedList(missing) + ", found there",
                        extra.isEmpty()
                            ? ""
                            : (missing.isEmpty() ? "" : ";")
                                + " it has "
                                + quotedList(extra)
                                + ", not found there")));
          }
        }
      }
      ArrayNode list = translation.putArray("concepts");
      conceptList.forEach(list::add);
      sheet.origin(at + "/concepts", row, "concepts");
    }
    base.set("translations", translations);
    if (deriveConcepts && !derivedConcepts.isEmpty()) {
      base.set("concepts", derivedConcepts);
    }
    if (found == null && !derivedExtractions.isEmpty()) {
      base.set("extractions", derivedExtractions);
    }
  }

  /** A document that holds records is of version 2 at least; a base of version 1 becomes 2. */
  private static void holdsRecords(ObjectNode base) {
    JsonNode version = base.path("version");
    if (version.isIntegralNumber() && version.asInt() == 1) {
      base.put("version", 2);
    }
  }

  /** The decisions a cell may give, in the words of screening tools too, by the word it gives. */
  private static final Map<String, String> DECISIONS =
      Map.of(
          "include", "include",
          "included", "include",
          "yes", "include",
          "exclude", "exclude",
          "excluded", "exclude",
          "no", "exclude",
          "unsure", "unsure",
          "maybe", "unsure");

  /**
   * The decision a cell gives, as a document writes it: include, exclude or, where {@code unsure}
   * is allowed, unsure; reported where it is none of them.
   */
  private Optional<String> decision(
      Columns sheet, CsvText.Row row, String column, String cell, boolean unsure) {
    String decision = DECISIONS.get(Cells.word(cell));
    if (decision != null && (unsure || !decision.equals("unsure"))) {
      return Optional.of(decision);
    }
    sheet.problem(
        row,
        column,
        "wrong value",
        String.format(
            "the %s %s is none of include, exclude%s",
            column, Quoted.shown(cell), unsure ? ", unsure" : ""));
    return Optional.empty();
  }

  /**
   * The records of the screening log, in its order, each keeping the appraisal the base gives the
   * record of its identifier (which the appraisal sheet, if given, replaces).
   */
  private ArrayNode records(Columns sheet, ObjectNode base) {
    sheet.unknownColumns(Set.of(), "not one the screening sheet has");
    Map<String, JsonNode> appraised = new HashMap<>();
    for (JsonNode record : base.path("records")) {
      if (record.has("appraisal")) {
        appraised.putIfAbsent(record.path("id").asText(), record.get("appraisal"));
      }
    }
    ArrayNode records = JSON.arrayNode();
    for (CsvText.Row row : sheet.rows) {
      String id = sheet.cell(row, "record").strip();
      if (id.isEmpty()) {
        sheet.problem(row, "record", "missing value", "a row needs the identifier of its record");
        continue;
      }
      String at = "/records/" + records.size();
      ObjectNode record = records.addObject();
      sheet.origin(at, row);
      record.put("id", id);
      sheet.origin(at + "/id", row, "record");
      text(sheet, row, "doi", record, "doi", at);
      text(sheet, row, "title", record, "title", at);
      names(sheet, row, "found by", record, "foundBy", at);
      names(sheet, row, "also recorded as", record, "alsoRecordedAs", at);
      if (!record.has("foundBy")) {
        sheet.problem(
            row,
            "found by",
            "missing value",
            "record " + Quoted.shown(id) + " needs the searches or other sources that found it");
        record.putArray("foundBy");
      }
      for (ScreeningLevel level : ScreeningLevel.values()) {
        String field = at + "/" + DOCUMENT_LEVELS.get(level.ordinal());
        ObjectNode screening = screening(sheet, row, Sheet.LEVELS.get(level.ordinal()), field);
        if (screening != null) {
          record.set(DOCUMENT_LEVELS.get(level.ordinal()), screening);
          sheet.origin(field, row);
        }
      }
      JsonNode appraisal = appraised.get(id);
      if (appraisal != null) {
        record.set("appraisal", appraisal.deepCopy());
      }
      String paper = sheet.cell(row, "paper").strip();
      if (!paper.isEmpty()) {
        record.set("paper", citation(paper));
        sheet.origin(at + "/paper", row, "paper");
      }
    }
    return records;
  }

  /** The fields of a record's screenings in a review document, by step. */
  private static final List<String> DOCUMENT_LEVELS = List.of("titleAndAbstract", "fullText");

  /**
   * One step of screening of a row of the screening log, at {@code at} in the document, or null if
   * none of its columns is filled.
   */
  private ObjectNode screening(Columns sheet, CsvText.Row row, String step, String at) {
    Set<Integer> numbers = new TreeSet<>();
    for (String column : sheet.standard.keySet()) {
      Matcher vote = Sheet.VOTE_COLUMN.matcher(column);
      if (vote.matches() && vote.group(1).equals(step)) {
        numbers.add(Integer.parseInt(vote.group(3)));
      }
    }
    ObjectNode screening = JSON.objectNode();
    ArrayNode votes = screening.putArray("votes");
    boolean given = false;
    for (int number : numbers) {
      String reviewerColumn = step + " reviewer " + number;
      String decisionColumn = step + " decision " + number;
      String reasonColumn = step + " reason " + number;
      String reviewer = sheet.cell(row, reviewerColumn).strip();
      String decision = sheet.cell(row, decisionColumn);
      String reason = sheet.cell(row, reasonColumn);
      if (reviewer.isEmpty() && decision.isEmpty() && reason.isEmpty()) {
        continue;
      }
      given = true;
      if (reviewer.isEmpty()) {
        sheet.problem(
            row,
            sheet.standard.containsKey(reviewerColumn) ? reviewerColumn : decisionColumn,
            "missing value",
            String.format("the %s vote %d gives no reviewer", step, number));
        continue;
      }
      if (decision.isEmpty()) {
        sheet.problem(
            row,
            decisionColumn,
            "missing value",
            String.format("the %s vote of %s gives no decision", step, Quoted.shown(reviewer)));
        continue;
      }
      Optional<String> decided = decision(sheet, row, decisionColumn, decision, true);
      if (decided.isEmpty()) {
        continue;
      }
      String where = at + "/votes/" + votes.size();
      ObjectNode vote = votes.addObject();
      vote.put("reviewer", reviewer);
      vote.put("decision", decided.get());
      sheet.origin(where, row, reviewerColumn);
      sheet.origin(where + "/reviewer", row, reviewerColumn);
      sheet.origin(where + "/decision", row, decisionColumn);
      text(sheet, row, reasonColumn, vote, "reason", where);
    }
    String consensus = sheet.cell(row, step + " consensus");
    if (!consensus.isEmpty()) {
      given = true;
      decision(sheet, row, step + " consensus", consensus, false)
          .ifPresent(d -> screening.put("consensus", d));
      sheet.origin(at + "/consensus", row, step + " consensus");
    }
    String resolution = sheet.cell(row, step + " resolution");
    if (!resolution.isEmpty()) {
      given = true;
      word(sheet, row, step + " resolution", resolution, RESOLUTIONS)
          .ifPresent(r -> screening.put("resolution", r));
      sheet.origin(at + "/resolution", row, step + " resolution");
    }
    given |= !sheet.cell(row, step + " third reviewer").isEmpty();
    name(sheet, row, step + " third reviewer", screening, "thirdReviewer", at);
    given |= !sheet.cell(row, step + " reason").isEmpty();
    text(sheet, row, step + " reason", screening, "reason", at);
    return given ? screening : null;
  }

  private static final List<String> RESOLUTIONS =
      List.of("agreement", "discussion", "third reviewer");

  /**
   * The appraisals of the appraisal sheet, each set on the record of its identifier in place of the
   * one it had; a row naming no record of the review is reported. Without the screening sheet, a
   * record's problems are placed at its first row here.
   */
  private void appraisals(Columns sheet, ObjectNode base, boolean screeningGiven) {
    // The items of the base's forms, with the answers each allows, by form.
    Map<String, Map<String, List<String>>> forms = new HashMap<>();
    Set<String> items = new HashSet<>();
    for (JsonNode form : base.path("appraisalForms")) {
      Map<String, List<String>> answers = new HashMap<>();
      for (JsonNode item : form.path("items")) {
        List<String> allowed = new ArrayList<>();
        item.path("answers").forEach(a -> allowed.add(a.asText()));
        answers.putIfAbsent(item.path("id").asText(), allowed);
        items.add(item.path("id").asText());
      }
      forms.putIfAbsent(form.path("name").asText(), answers);
    }
    Map<String, Integer> itemColumns = new LinkedHashMap<>();
    Set<String> known = new HashSet<>();
    sheet.others.forEach(
        (column, c) -> {
          String id =
              Cells.word(column).startsWith(SheetWriter.ITEM)
                  ? column.substring(column.indexOf(':') + 1).strip()
                  : column;
          if (items.contains(id)) {
            known.add(column);
            itemColumns.put(id, c);
          }
        });
    sheet.unknownColumns(known, "no item of the review's appraisal forms");
    // The problems of this sheet, found record by record, are reported row by row.
    int start = problems.size();
    Map<String, Integer> index = new HashMap<>();
    JsonNode records = base.path("records");
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i) instanceof ObjectNode record) {
        record.remove("appraisal");
        index.putIfAbsent(record.path("id").asText(), i);
      }
    }
    Map<String, List<CsvText.Row>> byRecord = new LinkedHashMap<>();
    for (CsvText.Row row : sheet.rows) {
      String id = sheet.cell(row, "record").strip();
      if (id.isEmpty()) {
        sheet.problem(row, "record", "missing value", "a row needs the identifier of its record");
      } else if (!index.containsKey(id)) {
        sheet.problem(
            row,
            "record",
            "unresolved reference",
            String.format(
                "record %s is not among the review's records%s",
                Quoted.shown(id), screeningGiven ? " (in the screening log)" : ""));
      } else {
        byRecord.computeIfAbsent(id, r -> new ArrayList<>()).add(row);
      }
    }
    byRecord.forEach(
        (id, rows) -> {
          int i = index.get(id);
          String at = "/records/" + i + "/appraisal";
          ObjectNode appraisal = ((ObjectNode) records.get(i)).putObject("appraisal");
          sheet.origin(at, rows.get(0));
          if (!screeningGiven) {
            sheet.origin("/records/" + i, rows.get(0));
          }
          appraisal(sheet, id, rows, appraisal, at, forms, itemColumns);
        });
    problems
        .subList(start, problems.size())
        .sort(Comparator.comparingInt(SheetProblem::row).thenComparingInt(SheetProblem::column));
  }

  /** The columns of an appraisal given once for a record, by the document's field. */
  private static final ImmutableMap<String, String> FINAL =
      ImmutableMap.of(
          "final decision", "decision",
          "resolution", "resolution",
          "final reason", "reason",
          "category", "category");

  /** One record's appraisal from its rows of the appraisal sheet. */
  private void appraisal(
      Columns sheet,
      String id,
      List<CsvText.Row> rows,
      ObjectNode appraisal,
      String at,
      Map<String, Map<String, List<String>>> forms,
      Map<String, Integer> itemColumns) {
    Map<String, String> first = new HashMap<>();
    String form = "";
    for (CsvText.Row row : rows) {
      String named = sheet.cell(row, "form").strip();
      if (named.isEmpty()) {
        continue;
      }
      if (form.isEmpty()) {
        form = named;
        appraisal.put("form", named);
        sheet.origin(at + "/form", row, "form");
      } else if (!named.equals(form)) {
        sheet.problem(
            row,
            "form",
            "conflicting value",
            String.format(
                "record %s has form %s here but %s on an earlier row",
                Quoted.shown(id), Quoted.shown(named), Quoted.shown(form)));
      }
    }
    if (form.isEmpty()) {
      sheet.problem(
          rows.get(0),
          "form",
          "missing value",
          "the appraisal of record " + Quoted.shown(id) + " needs the name of its form");
    }
    Map<String, List<String>> answers = forms.get(form);
    ArrayNode assessments = appraisal.putArray("assessments");
    CsvText.Row third = null;
    for (CsvText.Row row : rows) {
      String role = Cells.word(sheet.cell(row, "role"));
      boolean arbiter = role.equals(SheetWriter.THIRD_REVIEWER);
      if (!role.isEmpty() && !arbiter && !role.equals("reviewer")) {
        sheet.problem(
            row,
            "role",
            "wrong value",
            String.format(
                "the role %s is none of reviewer, third reviewer (or nothing, for a reviewer)",
                Quoted.shown(sheet.cell(row, "role"))));
        continue;
      }
      if (arbiter && third != null) {
        sheet.problem(
            row,
            "role",
            "conflicting value",
            String.format(
                "record %s has a third reviewer's row already, row %d",
                Quoted.shown(id), third.number()));
        continue;
      }
      String where;
      ObjectNode completed;
      if (arbiter) {
        third = row;
        where = at + "/thirdReviewer";
        completed = appraisal.putObject("thirdReviewer");
      } else {
        where = at + "/assessments/" + assessments.size();
        completed = assessments.addObject();
      }
      completed(sheet, row, completed, where, answers, itemColumns);
      for (Map.Entry<String, String> field : FINAL.entrySet()) {
        String column = field.getKey();
        String cell = sheet.cell(row, column);
        if (cell.isEmpty()) {
          continue;
        }
        String earlier = first.putIfAbsent(column, cell);
        if (earlier != null) {
          if (!Cells.word(earlier).equals(Cells.word(cell))) {
            sheet.problem(
                row,
                column,
                "conflicting value",
                String.format(
                    "record %s has %s %s here but %s on an earlier row",
                    Quoted.shown(id), column, Quoted.shown(cell), Quoted.shown(earlier)));
          }
          continue;
        }
        switch (column) {
          case "final decision" ->
              decision(sheet, row, column, cell, false)
                  .ifPresent(d -> appraisal.put("decision", d));
          case "resolution" ->
              word(sheet, row, column, cell, RESOLUTIONS)
                  .ifPresent(r -> appraisal.put("resolution", r));
          default -> name(sheet, row, column, appraisal, field.getValue(), at);
        }
        sheet.origin(at + "/" + field.getValue(), row, column);
      }
    }
  }

  /**
   * One reviewer's completed form from a row of the appraisal sheet; where the review declares the
   * row's form, each answer must be one its item allows (in any case) and each item one the form
   * has.
   */
  private void completed(
      Columns sheet,
      CsvText.Row row,
      ObjectNode completed,
      String at,
      Map<String, List<String>> form,
      Map<String, Integer> itemColumns) {
    sheet.origin(at, row);
    String reviewer = sheet.cell(row, "reviewer").strip();
    if (reviewer.isEmpty()) {
      sheet.problem(row, "reviewer", "missing value", "a row needs the reviewer who appraised");
    } else {
      completed.put("reviewer", reviewer);
      sheet.origin(at + "/reviewer", row, "reviewer");
    }
    ObjectNode answers = JSON.objectNode();
    itemColumns.forEach(
        (item, c) -> {
          String cell = row.cells().get(c).strip();
          if (cell.isEmpty()) {
            return;
          }
          Origin origin = new Origin(sheet.table.file(), row.number(), c + 1, sheet.header(c));
          String answer = cell;
          if (form != null) {
            List<String> allowed = form.get(item);
            if (allowed == null) {
              problems.add(
                  problemAt(
                      origin,
                      "wrong value",
                      String.format(
                          "the row's form has no item %s; leave this cell empty",
                          Quoted.shown(item))));
              return;
            }
            Optional<String> matched = answer(allowed, cell);
            if (matched.isEmpty()) {
              problems.add(
                  problemAt(
                      origin,
                      "wrong value",
                      String.format(
                          "the answer %s is none of %s",
                          Quoted.shown(cell), String.join(", ", allowed))));
              return;
            }
            answer = matched.get();
          }
          answers.put(item, answer);
          origins.put(at + "/answers/" + escape(item), origin);
        });
    if (!answers.isEmpty()) {
      completed.set("answers", answers);
    }
    String decision = sheet.cell(row, "decision");
    if (decision.isEmpty()) {
      sheet.problem(
          row, "decision", "missing value", "a reviewer's appraisal needs their decision");
    } else {
      decision(sheet, row, "decision", decision, true).ifPresent(d -> completed.put("decision", d));
      sheet.origin(at + "/decision", row, "decision");
    }
    name(sheet, row, "reason", completed, "reason", at);
    text(sheet, row, "note", completed, "note", at);
  }

  /** The answer of {@code allowed} a cell gives: as written, or else the one alike in case. */
  private static Optional<String> answer(List<String> allowed, String cell) {
    if (allowed.contains(cell)) {
      return Optional.of(cell);
    }
    List<String> alike =
        allowed.stream().filter(a -> Cells.word(a).equals(Cells.word(cell))).toList();
    return alike.size() == 1 ? Optional.of(alike.get(0)) : Optional.empty();
  }

  private static String quotedList(List<String> names) {
    List<String> quoted = names.stream().limit(10).map(Quoted::shown).toList();
    return String.join(", ", quoted)
        + (names.size() > 10 ? " and " + (names.size() - 10) + " more" : "");
  }

  /** A header row as a message lists it: at most ten names, each cut short if long. */
  private static String listed(List<String> header) {
    return "[" + quotedList(header) + "]";
  }

  /**
   * Whether two cells give a raw concept the same classification: words in any case, lists of
   * stakeholders however separated, other text as written.
   */
  private static boolean sameClassification(String column, String one, String other) {
    return switch (column) {
      case "order", "valence" -> Cells.word(one).equals(Cells.word(other));
      case "phase" -> one.strip().equals(other.strip());
      case "perspective" ->
          undesignated(one).isPresent() || undesignated(other).isPresent()
              ? undesignated(one).equals(undesignated(other))
              : Cells.names(one).equals(Cells.names(other));
      default -> one.equals(other);
    };
  }

  private static SheetProblem problemAt(Origin origin, String rule, String detail) {
    return new SheetProblem(
        origin.file(), origin.row(), origin.column(), origin.header(), rule, detail);
  }

  /**
   * The description of an undesignated perspective written in {@code cell}, as written after {@code
   * "undesignated: "} (its own whitespace kept), or empty if the cell names stakeholders.
   */
  private static Optional<String> undesignated(String cell) {
    if (!Cells.word(cell).startsWith(SheetWriter.UNDESIGNATED)) {
      return Optional.empty();
    }
    String after = cell.stripLeading().substring(SheetWriter.UNDESIGNATED.length());
    return Optional.of(after.startsWith(" ") ? after.substring(1) : after);
  }

  private void perspective(Columns sheet, CsvText.Row row, ObjectNode node, String at) {
    String cell = sheet.cell(row, "perspective");
    if (cell.isEmpty()) {
      return;
    }
    ObjectNode perspective = node.putObject("perspective");
    Optional<String> undesignated = undesignated(cell);
    if (undesignated.isPresent()) {
      perspective.put("undesignated", undesignated.get());
    } else {
      ArrayNode stakeholders = perspective.putArray("stakeholders");
      Cells.names(cell).forEach(stakeholders::add);
    }
    sheet.origin(at + "/perspective", row, "perspective");
  }

  /** Puts a text cell's content as it is (a blank cell being absent). */
  private static void text(
      Columns sheet, CsvText.Row row, String column, ObjectNode node, String field, String at) {
    String cell = sheet.cell(row, column);
    if (!cell.isEmpty()) {
      node.put(field, cell);
      sheet.origin(at + "/" + field, row, column);
    }
  }

  /** Puts the names a cell lists as an array, where it lists any. */
  private static void names(
      Columns sheet, CsvText.Row row, String column, ObjectNode node, String field, String at) {
    List<String> names = Cells.names(sheet.cell(row, column));
    if (!names.isEmpty()) {
      ArrayNode list = node.putArray(field);
      names.forEach(list::add);
      sheet.origin(at + "/" + field, row, column);
    }
  }

  /** Puts a name cell's content, stripped of surrounding whitespace. */
  private static void name(
      Columns sheet, CsvText.Row row, String column, ObjectNode node, String field, String at) {
    String cell = sheet.cell(row, column).strip();
    if (!cell.isEmpty()) {
      node.put(field, cell);
      sheet.origin(at + "/" + field, row, column);
    }
  }

  private Optional<String> word(
      Columns sheet, CsvText.Row row, String column, String cell, List<String> words) {
    String word = Cells.word(cell);
    if (words.contains(word)) {
      return Optional.of(word);
    }
    sheet.problem(
        row,
        column,
        "wrong value",
        String.format(
            "the %s %s is none of %s", column, Quoted.shown(cell), String.join(", ", words)));
    return Optional.empty();
  }

  private Optional<String> stance(Columns sheet, CsvText.Row row, String cell) {
    return word(sheet, row, "stance", cell, List.of("supports", "partly supports", "refutes"));
  }

  private static Optional<Boolean> yesOrNo(String cell) {
    return switch (Cells.word(cell)) {
      case "yes", "true", "x", "\u2713", "1" -> Optional.of(true);
      case "no", "false", "0" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** A citation as the document writes it: a reference number, or a label. */
  private static JsonNode citation(String cell) {
    return Cells.isNumber(cell) ? JSON.numberNode(Integer.parseInt(cell)) : JSON.textNode(cell);
  }

  /** Escapes a field name for a JSON Pointer (RFC 6901). */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
