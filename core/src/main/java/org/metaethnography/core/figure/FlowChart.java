package org.metaethnography.core.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.OtherSource;
import org.metaethnography.model.Review;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.Search;
import org.metaethnography.model.SearchRecord;
import org.metaethnography.model.Stage;
import org.metaethnography.synthesis.ExclusionSummary;
import org.metaethnography.synthesis.RecordFlow;
import org.metaethnography.synthesis.ReviewFlow;
import org.metaethnography.synthesis.ReviewFlow.Provenance;
import org.metaethnography.synthesis.Synthesis;

/**
 * The flow of records through a review's searches, drawn in the manner of a PRISMA 2020 flow
 * diagram: a column of boxes from the records each search identified down to the papers included,
 * one box per stage some search reports, each with a box beside it for what the next stage left out
 * (where both counts are complete), the reasons for exclusion beside appraisal, and the other
 * sources beside the papers included. A stage no search reports has no box; a stage only some
 * searches report gives what they report as a lower bound and says how many do not.
 *
 * <p>A review whose counts all come from its records of the review process is drawn from them
 * ({@link RecordFlow}): the records each search and source found and the duplicates removed, then
 * each step the records show (title and abstract, full text, appraisal) with what it excluded, by
 * reason where reasons are recorded, the records awaiting it and the disagreements settled, and the
 * papers included. Records that enter a later step without going through an earlier one the figure
 * shows, such as records from other sources assessed at full text without a title and abstract
 * screening (PRISMA 2020's "identification of studies via other methods"), come in from a box to
 * the left of the step they enter, so that each step's count is the records kept at the step
 * before, and still awaiting it, plus those entering. A review that mixes recorded and stated
 * counts is drawn from its counts, as its tables give them, and says which searches' counts are
 * stated.
 */
final class FlowChart {
  /** The font size of every text, in user units. */
  static final double SIZE = 12;

  private static final double EM = SIZE;
  private static final double MARGIN = 1.2 * EM;
  private static final double MAIN = 21 * EM;
  private static final double SIDE = 23 * EM;
  private static final double LEFT = 16 * EM;
  private static final double ACROSS = 3.5 * EM;
  private static final double DOWN = 2.2 * EM;
  private static final double PAD = 0.6 * EM;
  private static final double LINE = TextMetrics.LINE * SIZE;
  private static final double ITEM_GAP = 0.2 * EM;

  private static final String MAIN_FILL = "#eaf1f8";
  private static final String SIDE_FILL = "#f7f7f7";
  private static final String STROKE = "#34495e";

  private final ReviewFlow flow;
  private final ExclusionSummary exclusions;
  private final RecordFlow records;
  private final Review review;

  private FlowChart(Synthesis synthesis) {
    this.flow = synthesis.flow();
    this.exclusions = synthesis.exclusions();
    this.records = synthesis.recordFlow();
    this.review = synthesis.review();
  }

  static String draw(Synthesis synthesis) {
    return new FlowChart(synthesis).draw();
  }

  /** A box: a bold heading, then lines of text, and rows of a name with a count on the right. */
  private record Box(String cls, String heading, List<String> lines, List<String[]> items) {}

  /**
   * A row of the column: a box of the main column, the box beside it, if any, and the box of
   * records entering the main box from its left, if any.
   */
  private record Step(Box main, Optional<Box> side, boolean sideFeedsMain, Optional<Box> entering) {
    Step(Box main, Optional<Box> side, boolean sideFeedsMain) {
      this(main, side, sideFeedsMain, Optional.empty());
    }
  }

  private String draw() {
    List<Step> steps = steps();
    if (steps.isEmpty()) {
      steps.add(
          new Step(
              new Box(
                  "note", "Flow of records", List.of("The review reports no searches."), List.of()),
              Optional.empty(),
              false));
    }
    boolean sides = steps.stream().anyMatch(s -> s.side().isPresent());
    boolean entries = steps.stream().anyMatch(s -> s.entering().isPresent());
    double mainLeft = MARGIN + (entries ? LEFT + ACROSS : 0);
    double width = mainLeft + MAIN + (sides ? ACROSS + SIDE : 0) + MARGIN;
    double sideLeft = mainLeft + MAIN + ACROSS;

    List<Placed> mains = new ArrayList<>();
    List<Optional<Placed>> besides = new ArrayList<>();
    List<Optional<Placed>> enterings = new ArrayList<>();
    double top = MARGIN;
    for (Step step : steps) {
      Layout main = layout(step.main(), MAIN);
      Optional<Layout> side = step.side().map(b -> layout(b, SIDE));
      Optional<Layout> entering = step.entering().map(b -> layout(b, LEFT));
      double rowHeight =
          Math.max(
              main.height,
              Math.max(
                  side.map(l -> l.height).orElse(0.0), entering.map(l -> l.height).orElse(0.0)));
      mains.add(new Placed(main, mainLeft, top + (rowHeight - main.height) / 2));
      double rowTop = top;
      besides.add(side.map(l -> new Placed(l, sideLeft, rowTop + (rowHeight - l.height) / 2)));
      enterings.add(entering.map(l -> new Placed(l, MARGIN, rowTop + (rowHeight - l.height) / 2)));
      top += rowHeight + DOWN;
    }
    double height = top - DOWN + MARGIN;

    Svg svg = new Svg(width, height);
    svg.raw(
        "<defs><marker id=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
            + " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10"
            + " z\" fill=\""
            + STROKE
            + "\"/></marker></defs>");
    for (int i = 0; i < steps.size(); i++) {
      Placed main = mains.get(i);
      main.draw(svg, MAIN_FILL);
      if (i + 1 < steps.size()) {
        double x = mainLeft + MAIN / 2;
        arrow(svg, x, main.y + main.layout.height, x, mains.get(i + 1).y);
      }
      double y = main.y + main.layout.height / 2;
      if (besides.get(i).isPresent()) {
        Placed side = besides.get(i).get();
        side.draw(svg, SIDE_FILL);
        if (steps.get(i).sideFeedsMain()) {
          arrow(svg, sideLeft, y, mainLeft + MAIN, y);
        } else {
          arrow(svg, mainLeft + MAIN, y, sideLeft, y);
        }
      }
      if (enterings.get(i).isPresent()) {
        enterings.get(i).get().draw(svg, MAIN_FILL);
        arrow(svg, MARGIN + LEFT, y, mainLeft, y);
      }
    }
    return svg.document("Flow of records", description(steps));
  }

  private static String description(List<Step> steps) {
    List<String> parts = new ArrayList<>();
    for (Step step : steps) {
      step.entering().ifPresent(b -> parts.add(b.heading() + " " + String.join(" ", b.lines())));
      parts.add(step.main().heading() + " " + String.join(" ", step.main().lines()));
    }
    return String.join("; ", parts) + ".";
  }

  private static void arrow(Svg svg, double x1, double y1, double x2, double y2) {
    svg.raw(
        String.format(
            "<line class=\"arrow\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\""
                + " stroke-width=\"1.5\" marker-end=\"url(#arrowhead)\"/>",
            Svg.n(x1), Svg.n(y1), Svg.n(x2), Svg.n(y2), STROKE));
  }

  /**
   * The steps of the figure, top to bottom: from the records where every count comes from them,
   * else each stage only where some search reports it.
   */
  private List<Step> steps() {
    if (!records.isEmpty() && whollyRecorded()) {
      return recordedSteps();
    }
    List<Step> steps = new ArrayList<>();
    List<Search> searches = flow.searches();
    List<Stage> shown = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      if (flow.unreported(stage).size() < searches.size()) {
        shown.add(stage);
      }
    }
    if (!searches.isEmpty()) {
      List<String[]> items = new ArrayList<>();
      Optional<Stage> first = shown.stream().findFirst();
      for (Search search : searches) {
        OptionalInt count = first.map(s -> search.counts().count(s)).orElse(OptionalInt.empty());
        items.add(
            new String[] {
              search.name(), count.isPresent() ? format(count.getAsInt()) : "not reported"
            });
      }
      List<String> lines = new ArrayList<>();
      if (first.isPresent() && first.get() != Stage.ABSTRACTS_REVIEWED) {
        lines.add("(counted at the first stage each search reports)");
      }
      List<String> stated = statedSearches();
      if (flow.isRecorded() && !stated.isEmpty()) {
        lines.add("Stated, not counted from records: " + String.join("; ", stated));
      }
      steps.add(
          new Step(
              new Box(
                  "identification",
                  "Records identified by "
                      + searches.size()
                      + (searches.size() == 1 ? " search" : " searches"),
                  lines,
                  first.isPresent() ? items : names(searches)),
              flow.isRecorded() && records.duplicates() > 0
                  ? Optional.of(duplicates(" (among the records)"))
                  : Optional.empty(),
              false));
    }
    boolean reasonsShown = false;
    for (int i = 0; i < shown.size(); i++) {
      Stage stage = shown.get(i);
      Optional<Stage> next =
          i + 1 < shown.size() ? Optional.of(shown.get(i + 1)) : Optional.empty();
      Optional<Box> side;
      boolean feeds = false;
      boolean beforeInclusion = next.isEmpty() || next.get() == Stage.ARTICLES_INCLUDED;
      if (stage == Stage.ARTICLES_INCLUDED) {
        side = flow.sources().isEmpty() ? Optional.empty() : Optional.of(sources());
        feeds = true;
      } else if (beforeInclusion && !exclusions.tallies().isEmpty()) {
        side = Optional.of(appraisalExclusions(stage, next));
        reasonsShown = true;
      } else {
        side = next.flatMap(n -> excluded(stage, n));
      }
      steps.add(new Step(stageBox(stage), side, feeds));
    }
    // Reasons and other sources that no stage of the searches holds go beside the last box, or
    // below it.
    List<Box> left = new ArrayList<>();
    if (!reasonsShown && !exclusions.tallies().isEmpty()) {
      left.add(appraisalExclusions(Stage.ARTICLES_APPRAISED, Optional.empty()));
    }
    if (!shown.contains(Stage.ARTICLES_INCLUDED) && !flow.sources().isEmpty()) {
      left.add(sources());
    }
    for (Box box : left) {
      if (!steps.isEmpty() && steps.get(steps.size() - 1).side().isEmpty()) {
        Step last = steps.remove(steps.size() - 1);
        steps.add(new Step(last.main(), Optional.of(box), false));
      } else {
        steps.add(new Step(box, Optional.empty(), false));
      }
    }
    return steps;
  }

  /**
   * The searches with a count the review states rather than counts from records, in order, each
   * with the stages it states where its records give the others, for example {@code North (articles
   * appraised, articles included)}.
   */
  private List<String> statedSearches() {
    List<String> stated = new ArrayList<>();
    for (Search search : flow.searches()) {
      List<String> stages = new ArrayList<>();
      boolean recorded = false;
      for (Stage stage : Stage.values()) {
        Provenance from = flow.provenance(search.name(), stage);
        recorded |= from == Provenance.RECORDS;
        if (from == Provenance.STATED) {
          stages.add(stage.words());
        }
      }
      if (!stages.isEmpty()) {
        stated.add(search.name() + (recorded ? " (" + String.join(", ", stages) + ")" : ""));
      }
    }
    return stated;
  }

  /**
   * Whether every count of the flow comes from records: no search states a count its records do not
   * give, and every other source is named by records or states no count.
   */
  private boolean whollyRecorded() {
    if (!flow.isRecorded() && !flow.searches().isEmpty()) {
      return false;
    }
    if (!statedSearches().isEmpty()) {
      return false;
    }
    for (OtherSource source : flow.sources()) {
      boolean found = records.identified().getOrDefault(source.name(), 0) > 0;
      if (!found && (source.found().isPresent() || source.included().isPresent())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The steps of a review counted from its records: identification with the duplicates removed,
   * each step some record reaches with what it excluded, and the papers included.
   */
  private List<Step> recordedSteps() {
    List<Step> steps = new ArrayList<>();
    List<String[]> found = new ArrayList<>();
    records.identified().forEach((name, n) -> found.add(new String[] {name, format(n)}));
    int sources = flow.sources().size();
    int searches = records.identified().size() - sources;
    List<String> from = new ArrayList<>();
    if (searches > 0 || sources == 0) {
      from.add(searches + (searches == 1 ? " search" : " searches"));
    }
    if (sources > 0) {
      from.add(sources + (sources == 1 ? " other source" : " other sources"));
    }
    String heading = "Records identified from " + String.join(" and ", from);
    steps.add(
        new Step(
            new Box("identification", heading, List.of(), found),
            Optional.of(duplicates("")),
            false));
    recordedStep(
            "abstracts-reviewed",
            "Records screened (titles and abstracts)",
            "Awaiting screening",
            "excluded",
            "Records excluded",
            records.titles())
        .ifPresent(steps::add);
    boolean titles = shown(records.titles());
    recordedStep(
            "articles-retrieved",
            "Full texts assessed for eligibility",
            "Awaiting full-text assessment",
            "excluded",
            "Full texts excluded",
            records.fullTexts())
        .map(s -> titles ? entering(s, 1) : s)
        .ifPresent(steps::add);
    boolean earlier = titles || shown(records.fullTexts());
    recordedStep(
            "articles-appraised",
            "Articles in quality appraisal",
            "Awaiting appraisal",
            "exclusions",
            "Excluded at quality appraisal"
                + (records.appraisal().reasons().isEmpty() ? "" : ", with reasons"),
            records.appraisal())
        .map(s -> earlier ? entering(s, 2) : s)
        .ifPresent(steps::add);
    if (records.fullTexts().assessed() > 0 || records.appraisal().assessed() > 0) {
      steps.add(
          new Step(
              new Box(
                  "articles-included",
                  "Papers included",
                  List.of("n = " + format(records.included())),
                  List.of()),
              Optional.empty(),
              false));
    }
    return steps;
  }

  /** Whether the figure shows a step of the records: some record went through it or awaits it. */
  private static boolean shown(RecordFlow.Step step) {
    return step.assessed() > 0 || step.awaiting() > 0;
  }

  /**
   * The step with a box to its left for the records whose first step is this one ({@code 1} full
   * text, {@code 2} appraisal) although the figure shows an earlier one, counted by the search or
   * source that first found each, in the review's order of searches and sources; the step as it is
   * if there are none.
   */
  private Step entering(Step step, int at) {
    Map<String, Integer> byFinder = new LinkedHashMap<>();
    records.identified().keySet().forEach(name -> byFinder.put(name, 0));
    int entering = 0;
    for (SearchRecord record : review.records()) {
      int first =
          record.screening(ScreeningLevel.TITLE_AND_ABSTRACT).isPresent()
              ? 0
              : record.screening(ScreeningLevel.FULL_TEXT).isPresent()
                  ? 1
                  : record.appraisal().isPresent() ? 2 : -1;
      if (first == at) {
        byFinder.merge(record.foundBy().get(0), 1, Integer::sum);
        entering++;
      }
    }
    if (entering == 0) {
      return step;
    }
    List<String> sources = flow.sources().stream().map(OtherSource::name).toList();
    List<String[]> items = new ArrayList<>();
    boolean fromSources = true;
    for (Map.Entry<String, Integer> finder : byFinder.entrySet()) {
      if (finder.getValue() > 0) {
        items.add(new String[] {finder.getKey(), format(finder.getValue())});
        fromSources &= sources.contains(finder.getKey());
      }
    }
    String how =
        at == 1 ? "not screened at title and abstract" : "appraised without an earlier screening";
    String heading = fromSources ? "Records from other sources, " + how : "Records " + how;
    return new Step(
        step.main(),
        step.side(),
        step.sideFeedsMain(),
        Optional.of(new Box("entering", heading, List.of("n = " + format(entering)), items)));
  }

  private Box duplicates(String among) {
    return new Box(
        "duplicates",
        "Records removed before screening",
        List.of("Duplicate records removed" + among + ": n = " + format(records.duplicates())),
        List.of());
  }

  /**
   * A step of the records: what it assessed, awaits and settled, and beside it what it excluded, by
   * reason where recorded; none if no record reaches it.
   */
  private static Optional<Step> recordedStep(
      String cls,
      String heading,
      String awaiting,
      String excludedCls,
      String excludedHeading,
      RecordFlow.Step step) {
    if (step.assessed() == 0 && step.awaiting() == 0) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    lines.add("n = " + format(step.assessed()));
    if (step.awaiting() > 0) {
      lines.add(awaiting + ": n = " + format(step.awaiting()));
    }
    if (step.disagreements() > 0) {
      String settled;
      if (step.byThirdReviewer() == 0) {
        settled = ", settled by discussion";
      } else if (step.byDiscussion() == 0) {
        settled = ", settled by a third reviewer";
      } else {
        settled =
            ": "
                + format(step.byDiscussion())
                + " settled by discussion, "
                + format(step.byThirdReviewer())
                + " by a third reviewer";
      }
      lines.add("Reviewers disagreed on " + format(step.disagreements()) + settled);
    }
    List<String[]> reasons = new ArrayList<>();
    step.reasons().forEach((reason, n) -> reasons.add(new String[] {reason, format(n)}));
    if (!reasons.isEmpty() && step.unexplained() > 0) {
      reasons.add(new String[] {"No reason recorded", format(step.unexplained())});
    }
    Box excluded =
        new Box(excludedCls, excludedHeading, List.of("n = " + format(step.excluded())), reasons);
    return Optional.of(
        new Step(new Box(cls, heading, lines, List.of()), Optional.of(excluded), false));
  }

  private static List<String[]> names(List<Search> searches) {
    List<String[]> names = new ArrayList<>();
    for (Search search : searches) {
      names.add(new String[] {search.name(), ""});
    }
    return names;
  }

  private Box stageBox(Stage stage) {
    List<String> lines = new ArrayList<>();
    lines.add(count(stage));
    if (stage == Stage.ARTICLES_INCLUDED && !flow.sources().isEmpty()) {
      OptionalInt all = flow.included();
      if (all.isPresent()) {
        lines.add("with other sources: n = " + format(all.getAsInt()));
      }
    }
    return new Box(
        stage.name().toLowerCase(Locale.ROOT).replace('_', '-'), heading(stage), lines, List.of());
  }

  private static String heading(Stage stage) {
    return switch (stage) {
      case ABSTRACTS_REVIEWED -> "Records screened (titles and abstracts)";
      case ARTICLES_RETRIEVED -> "Full texts retrieved and assessed";
      case ARTICLES_APPRAISED -> "Articles in quality appraisal";
      case ARTICLES_INCLUDED -> "Papers included from the searches";
    };
  }

  /** The count of a stage: the total, or what the searches that report it report. */
  private String count(Stage stage) {
    OptionalInt total = flow.total().count(stage);
    if (total.isPresent()) {
      return "n = " + format(total.getAsInt());
    }
    int missing = flow.unreported(stage).size();
    return "at least "
        + format(flow.partialTotal(stage))
        + "; "
        + missing
        + (missing == 1 ? " search does" : " searches do")
        + " not report it";
  }

  /** What the stage after {@code stage} left out, where both totals are complete. */
  private Optional<Box> excluded(Stage stage, Stage next) {
    OptionalInt before = flow.total().count(stage);
    OptionalInt after = flow.total().count(next);
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    String heading =
        switch (stage) {
          case ABSTRACTS_REVIEWED -> "Excluded at screening";
          case ARTICLES_RETRIEVED -> "Excluded after full-text review";
          default -> "Excluded at quality appraisal";
        };
    return Optional.of(
        new Box(
            "excluded",
            heading,
            List.of("n = " + format(before.getAsInt() - after.getAsInt())),
            List.of()));
  }

  /**
   * The papers quality appraisal excluded, with the review's reasons: counted as appraisal less
   * inclusion where both totals are complete, or else as the reasons add up.
   */
  private Box appraisalExclusions(Stage stage, Optional<Stage> next) {
    OptionalInt before = flow.total().count(stage);
    OptionalInt after = next.map(s -> flow.total().count(s)).orElse(OptionalInt.empty());
    List<String> lines = new ArrayList<>();
    if (stage == Stage.ARTICLES_APPRAISED && before.isPresent() && after.isPresent()) {
      int excluded = before.getAsInt() - after.getAsInt();
      lines.add("n = " + format(excluded));
      if (exclusions.total() != excluded) {
        lines.add("reasons given for " + format(exclusions.total()));
      }
    } else {
      lines.add("n = " + format(exclusions.total()) + " (as the reasons add up)");
    }
    List<String[]> items = new ArrayList<>();
    for (ExclusionTally tally : exclusions.tallies()) {
      items.add(new String[] {tally.reason().name(), format(tally.papers())});
    }
    return new Box("exclusions", "Excluded at quality appraisal, with reasons", lines, items);
  }

  private Box sources() {
    List<String[]> items = new ArrayList<>();
    for (OtherSource source : flow.sources()) {
      List<String> counts = new ArrayList<>();
      source.found().ifPresent(n -> counts.add(format(n) + " found"));
      source.included().ifPresent(n -> counts.add(format(n) + " included"));
      items.add(new String[] {source.name(), String.join(", ", counts)});
    }
    return new Box("other-sources", "Papers from other sources", List.of(), items);
  }

  static String format(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /** A box's text broken into lines for its width, and its height. */
  private record Layout(
      Box box,
      double width,
      List<String> heading,
      List<List<String>> lines,
      List<List<String>> names,
      double countWidth,
      double height) {}

  private static Layout layout(Box box, double width) {
    double inner = width - 2 * PAD;
    List<String> heading = TextMetrics.wrap(box.heading(), inner, SIZE, true);
    double height = PAD + heading.size() * LINE;
    List<List<String>> lines = new ArrayList<>();
    for (String line : box.lines()) {
      List<String> wrapped = TextMetrics.wrap(line, inner, SIZE, false);
      lines.add(wrapped);
      height += wrapped.size() * LINE;
    }
    double countWidth = 0;
    for (String[] item : box.items()) {
      countWidth = Math.max(countWidth, TextMetrics.width(item[1], SIZE, false));
    }
    double nameWidth = inner - (countWidth > 0 ? countWidth + EM : 0);
    List<List<String>> names = new ArrayList<>();
    if (!box.items().isEmpty()) {
      height += 0.3 * EM;
    }
    for (String[] item : box.items()) {
      List<String> wrapped = TextMetrics.wrap(item[0], nameWidth, SIZE, false);
      names.add(wrapped);
      height += wrapped.size() * LINE + ITEM_GAP;
    }
    return new Layout(box, width, heading, lines, names, countWidth, height + PAD);
  }

  /** A laid-out box at its place. */
  private record Placed(Layout layout, double x, double y) {
    void draw(Svg svg, String fill) {
      Box box = layout.box();
      svg.rect(
          box.cls() + "-box",
          x,
          y,
          layout.width(),
          layout.height(),
          "fill=\"" + fill + "\" stroke=\"" + STROKE + "\" stroke-width=\"1\" rx=\"4\"");
      double top = y + PAD;
      svg.text(box.cls() + "-heading", x + PAD, top, layout.heading(), SIZE, true, "start");
      top += layout.heading().size() * LINE;
      for (List<String> lines : layout.lines()) {
        svg.text(box.cls() + "-count", x + PAD, top, lines, SIZE, false, "start");
        top += lines.size() * LINE;
      }
      if (!box.items().isEmpty()) {
        top += 0.3 * EM;
      }
      for (int i = 0; i < box.items().size(); i++) {
        List<String> name = layout.names().get(i);
        svg.text(box.cls() + "-item", x + PAD, top, name, SIZE, false, "start");
        String count = box.items().get(i)[1];
        if (!count.isEmpty()) {
          svg.text(
              box.cls() + "-item-count",
              x + layout.width() - PAD,
              top,
              List.of(count),
              SIZE,
              false,
              "end");
        }
        top += name.size() * LINE + ITEM_GAP;
      }
    }
  }
}
