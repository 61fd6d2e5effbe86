package org.metaethnography.model;

import static org.metaethnography.model.ReviewProblem.Rule.CASE_VARIANT;
import static org.metaethnography.model.ReviewProblem.Rule.COUNT_OVERFLOW;
import static org.metaethnography.model.ReviewProblem.Rule.DUPLICATE;
import static org.metaethnography.model.ReviewProblem.Rule.INCOMPLETE_TRANSLATION;
import static org.metaethnography.model.ReviewProblem.Rule.RECORDS_DISAGREE;
import static org.metaethnography.model.ReviewProblem.Rule.UNACCOUNTED_EXCLUSIONS;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The invariants that span the values of a review, and the messages that report them. Each problem
 * is placed where the offending value is and names the rule it breaks; tests assert the text of
 * every message.
 */
final class ReviewValidator {
  /** How many declared names a message lists before it says how many more there are. */
  static final int LISTED_NAMES = 10;

  private final Review review;

  /** The problems found, each once, in the order found. */
  private final Set<ReviewProblem> problems = new LinkedHashSet<>();

  private ReviewValidator(Review review) {
    this.review = review;
  }

  /**
   * Returns every problem of {@code review}, in the order its parts are declared; none if valid.
   */
  static ImmutableList<ReviewProblem> problems(Review review) {
    return new ReviewValidator(review).check();
  }

  private ImmutableList<ReviewProblem> check() {
    if (review.title().isBlank()) {
      problems.add(
          ReviewProblem.invalid(Place.review(), review.title(), "review title must not be blank"));
    }
    names(
        review.stakeholders(),
        s -> term(Place.Vocabulary.STAKEHOLDER, s.name()),
        Stakeholder::name,
        "stakeholder names");
    names(review.phases(), p -> term(Place.Vocabulary.PHASE, p.name()), Phase::name, "phase names");
    names(
        review.reviewers(),
        r -> term(Place.Vocabulary.REVIEWER, r.name()),
        Reviewer::name,
        "reviewer names");
    names(review.searches(), s -> new Place.OfSearch(s.name()), Search::name, "search names");
    names(
        review.otherSources(),
        s -> new Place.OfSource(s.name()),
        OtherSource::name,
        "source names");
    names(
        review.exclusions(),
        t -> new Place.OfExclusion(t.reason().name()),
        t -> t.reason().name(),
        "exclusion reasons");
    Set<Citation> papers = citations(review.papers());
    if (papers.size() < review.papers().size()) {
      unique(review.papers(), p -> new Place.OfPaper(p.citation()), "citations");
    }
    sameButForCase(
        review.papers(),
        p -> new Place.OfPaper(p.citation()),
        // A reference number has no case; only labels can differ from each other by case alone.
        p -> p.citation().label().orElse(null),
        "citations");
    names(review.studies(), s -> new Place.OfStudy(s.name()), Study::name, "study names");
    names(review.concepts(), c -> new Place.OfConcept(c.name()), Concept::name, "concept names");
    names(
        review.keyConcepts(),
        k -> new Place.OfKeyConcept(k.name()),
        KeyConcept::name,
        "key concept names");
    names(review.themes(), t -> new Place.OfTheme(t.name()), Theme::name, "theme names");
    names(
        review.interpretations(),
        i -> new Place.OfInterpretation(i.name()),
        Interpretation::name,
        "interpretation names");
    names(
        review.relationKinds(),
        k -> term(Place.Vocabulary.RELATION_KIND, k.name()),
        RelationKind::name,
        "relation kind names");
    distinctNodes();
    unique(review.incidences(), i -> new Place.Cell(i.paper(), i.keyConcept()), "grid cells");
    uniqueExtractions();
    unique(review.setAside(), a -> new Place.OfSetAside(a.concept()), "settings aside");
    names(
        review.appraisalForms(),
        f -> new Place.OfForm(f.name()),
        AppraisalForm::name,
        "appraisal form names");
    unique(review.records(), r -> new Place.OfRecord(r.id()), "record identifiers");

    Declared stakeholders =
        new Declared(Place.Vocabulary.STAKEHOLDER, review.stakeholders(), Stakeholder::name);
    Declared phases = new Declared(Place.Vocabulary.PHASE, review.phases(), Phase::name);
    Declared reviewers =
        new Declared(Place.Vocabulary.REVIEWER, review.reviewers(), Reviewer::name);
    Declared relationKinds =
        new Declared(Place.Vocabulary.RELATION_KIND, review.relationKinds(), RelationKind::name);
    ImmutableSet<String> concepts = set(review.concepts(), Concept::name);
    ImmutableSet<String> keyConcepts = set(review.keyConcepts(), KeyConcept::name);

    for (Paper paper : review.papers()) {
      Place where = new Place.OfPaper(paper.citation());
      paper
          .perspective()
          .ifPresent(
              p ->
                  p.stakeholders()
                      .forEach(
                          s -> stakeholders.check(where, "reports the perspective of", s.name())));
    }
    caseVariants(
        review.papers(), p -> p.condition().map(Condition::name), "condition", "condition names");
    caseVariants(
        review.papers(), p -> p.format().map(InterventionFormat::name), "format", "format names");
    Map<Citation, Study> studyOf = new HashMap<>();
    for (Study study : review.studies()) {
      Place where = new Place.OfStudy(study.name());
      for (Citation report : study.reports()) {
        included(papers, report, where);
        Study earlier = studyOf.putIfAbsent(report, study);
        if (earlier != null) {
          problems.add(
              ReviewProblem.of(
                  where,
                  DUPLICATE,
                  report,
                  String.format(
                      "names paper %s, which study \"%s\" already reports; a paper reports one"
                          + " study",
                      report.inMessages(), earlier.name())));
        }
      }
    }
    for (Concept concept : review.concepts()) {
      Place where = new Place.OfConcept(concept.name());
      concept
          .perspective()
          .ifPresent(
              p -> p.stakeholders().forEach(s -> stakeholders.check(where, "voices", s.name())));
      concept.phase().ifPresent(p -> phases.check(where, "belongs to", p.name()));
    }
    checkExtractions(concepts, papers, reviewers);
    for (SetAside setAside : review.setAside()) {
      defined(
          concepts,
          new Place.OfConcept(setAside.concept()),
          setAside.concept(),
          new Place.OfSetAside(setAside.concept()));
    }
    for (KeyConcept keyConcept : review.keyConcepts()) {
      Place where = new Place.OfKeyConcept(keyConcept.name());
      keyConcept.phases().forEach(p -> phases.check(where, "belongs to", p.name()));
      keyConcept.stakeholders().forEach(s -> stakeholders.check(where, "concerns", s.name()));
    }
    Map<String, Theme> themeOf = new HashMap<>();
    for (Theme theme : review.themes()) {
      Place where = new Place.OfTheme(theme.name());
      for (String keyConcept : theme.keyConcepts()) {
        defined(keyConcepts, new Place.OfKeyConcept(keyConcept), keyConcept, where);
        Theme earlier = themeOf.putIfAbsent(keyConcept, theme);
        if (earlier != null) {
          problems.add(
              ReviewProblem.of(
                  where,
                  DUPLICATE,
                  keyConcept,
                  String.format(
                      "groups key concept \"%s\", which theme \"%s\" already groups; a key"
                          + " concept belongs to at most one theme",
                      keyConcept, earlier.name())));
        }
      }
    }
    for (Translation translation : review.translations()) {
      Place where = new Place.OfTranslation(translation.keyConcept());
      translation.indexPaper().ifPresent(p -> included(papers, p, where));
      defined(
          keyConcepts,
          new Place.OfKeyConcept(translation.keyConcept()),
          translation.keyConcept(),
          where);
      for (String concept : translation.concepts()) {
        defined(concepts, new Place.OfConcept(concept), concept, where);
      }
    }
    for (Incidence cell : review.incidences()) {
      Place where = new Place.Cell(cell.paper(), cell.keyConcept());
      included(papers, cell.paper(), where);
      defined(keyConcepts, new Place.OfKeyConcept(cell.keyConcept()), cell.keyConcept(), where);
    }
    ImmutableSet<String> nodes =
        ImmutableSet.<String>builder()
            .addAll(keyConcepts)
            .addAll(set(review.themes(), Theme::name))
            .addAll(set(review.interpretations(), Interpretation::name))
            .build();
    for (Relation relation : review.lineOfArgument().relations()) {
      Place where = new Place.OfRelation(relation.source(), relation.kind(), relation.target());
      node(nodes, relation.source(), where);
      relationKinds.check(where, "is of", relation.kind());
      node(nodes, relation.target(), where);
    }
    checkTranslationIsComplete(concepts);
    checkIndexPapers(papers);
    checkStancesOfSetAsideConcepts();
    checkCounts();
    checkRecords(reviewers, papers);
    return ImmutableList.copyOf(problems);
  }

  private static Place term(Place.Vocabulary vocabulary, String name) {
    return new Place.Term(vocabulary, name);
  }

  /**
   * Reports values given more than once, and names of one kind that differ only in case, each at
   * the place of the value given again.
   */
  private <T> void names(
      List<T> values, Function<T, Place> place, Function<T, String> name, String rule) {
    unique(values, place, rule);
    sameButForCase(values, place, name, rule);
  }

  /**
   * Reports names (null for values that have none) that differ only in case from an earlier one.
   */
  private <T> void sameButForCase(
      List<T> values, Function<T, Place> place, Function<T, String> name, String rule) {
    Map<String, String> firstOfCase = new LinkedHashMap<>();
    Set<String> reported = new HashSet<>();
    for (T value : values) {
      String written = name.apply(value);
      if (written == null) {
        continue;
      }
      String first = firstOfCase.putIfAbsent(Names.caseKey(written), written);
      if (first != null && !first.equals(written) && reported.add(written)) {
        problems.add(
            ImmutableReviewProblem.builder()
                .place(place.apply(value))
                .rule(CASE_VARIANT)
                .value(written)
                .detail(
                    String.format(
                        "differs only in case from \"%s\"; %s must differ by more than case",
                        first, rule))
                .build());
      }
    }
  }

  /**
   * Reports the papers whose value of an open vocabulary the papers name themselves (a condition, a
   * format) differs only in case from an earlier paper's, at the later paper.
   */
  private void caseVariants(
      List<Paper> papers, Function<Paper, Optional<String>> term, String kind, String rule) {
    Map<String, String> firstOfCase = new HashMap<>();
    // The first spelling of each spelling's case, worked out once per distinct spelling.
    Map<String, String> firstOfWritten = new HashMap<>();
    for (Paper paper : papers) {
      term.apply(paper)
          .ifPresent(
              written -> {
                String first =
                    firstOfWritten.computeIfAbsent(
                        written,
                        w -> {
                          String earlier = firstOfCase.putIfAbsent(Names.caseKey(w), w);
                          return earlier == null ? w : earlier;
                        });
                if (!first.equals(written)) {
                  problems.add(
                      ImmutableReviewProblem.builder()
                          .place(new Place.OfPaper(paper.citation()))
                          .rule(CASE_VARIANT)
                          .value(written)
                          .detail(
                              String.format(
                                  "%s \"%s\" differs only in case from \"%s\"; %s must differ by"
                                      + " more than case",
                                  kind, written, first, rule))
                          .build());
                }
              });
    }
  }

  private <T> void unique(List<T> values, Function<T, Place> place, String rule) {
    Set<Place> seen = new HashSet<>();
    boolean repeated = false;
    for (T value : values) {
      repeated |= !seen.add(place.apply(value));
    }
    if (!repeated) {
      return;
    }
    Map<Place, Integer> counts = new LinkedHashMap<>();
    for (T value : values) {
      counts.merge(place.apply(value), 1, Integer::sum);
    }
    counts.forEach(
        (where, count) -> {
          if (count > 1) {
            problems.add(
                ImmutableReviewProblem.builder()
                    .place(where)
                    .rule(DUPLICATE)
                    .value(where.describe())
                    .detail(String.format("given %d times; %s must be unique", count, rule))
                    .build());
          }
        });
  }

  /**
   * Reports every (paper, raw concept) pair recorded more than once, in the order of first
   * appearance. Linear: the extractions are grouped by paper with a counting sort over the indices
   * of their columns, and each paper's concepts are marked in one array shared by all papers.
   */
  private void uniqueExtractions() {
    Extractions all = review.extractions();
    int n = all.size();
    boolean grouped = true;
    for (int i = 1; i < n && grouped; i++) {
      // Papers are numbered in order of first appearance, so extractions grouped by paper have
      // paper indices that never decrease: then no sort is needed.
      grouped = all.paperAt(i) >= all.paperAt(i - 1);
    }
    int[] byPaper = grouped ? null : all.groupByPaper()[1];
    int[] seenIn = new int[all.concepts().size()];
    Arrays.fill(seenIn, -1);
    int[] firstAt = new int[all.concepts().size()];
    Map<Integer, Integer> repeats = new TreeMap<>();
    for (int k = 0; k < n; k++) {
      // Paper by paper, each paper's extractions in their order.
      int position = grouped ? k : byPaper[k];
      int p = all.paperAt(position);
      int c = all.conceptAt(position);
      if (seenIn[c] == p) {
        repeats.merge(firstAt[c], 2, (a, b) -> a + 1);
      } else {
        seenIn[c] = p;
        firstAt[c] = position;
      }
    }
    repeats.forEach(
        (first, count) -> {
          Place where =
              new Place.OfExtraction(
                  all.concepts().get(all.conceptAt(first)), all.papers().get(all.paperAt(first)));
          problems.add(
              ImmutableReviewProblem.builder()
                  .place(where)
                  .rule(DUPLICATE)
                  .value(where.describe())
                  .detail(
                      String.format(
                          "given %d times; extractions (record each concept once per paper, with"
                              + " all its reviewers) must be unique",
                          count))
                  .build());
        });
  }

  /**
   * Reports extractions of concepts the review does not define, from papers it does not include, or
   * by reviewers it does not declare. Each distinct concept and paper is looked up once; only the
   * extractions that use one found wanting, or that name reviewers, are visited as values.
   */
  private void checkExtractions(
      ImmutableSet<String> concepts, Set<Citation> papers, Declared reviewers) {
    Extractions all = review.extractions();
    boolean[] undefined = new boolean[all.concepts().size()];
    boolean[] excluded = new boolean[all.papers().size()];
    boolean anyWanting = false;
    for (int c = 0; c < undefined.length; c++) {
      undefined[c] = !concepts.contains(all.concepts().get(c));
      anyWanting |= undefined[c];
    }
    for (int p = 0; p < excluded.length; p++) {
      excluded[p] = !papers.contains(all.papers().get(p));
      anyWanting |= excluded[p];
    }
    int[] detailed = all.detailedPositions();
    if (!anyWanting) {
      for (int i : detailed) {
        checkExtraction(all.get(i), concepts, papers, reviewers);
      }
      return;
    }
    int d = 0;
    for (int i = 0; i < all.size(); i++) {
      boolean isDetailed = d < detailed.length && detailed[d] == i;
      if (isDetailed) {
        d++;
      }
      if (isDetailed || undefined[all.conceptAt(i)] || excluded[all.paperAt(i)]) {
        checkExtraction(all.get(i), concepts, papers, reviewers);
      }
    }
  }

  private void checkExtraction(
      Extraction extraction,
      ImmutableSet<String> concepts,
      Set<Citation> papers,
      Declared reviewers) {
    Place where = new Place.OfExtraction(extraction.concept(), extraction.paper());
    defined(concepts, new Place.OfConcept(extraction.concept()), extraction.concept(), where);
    included(papers, extraction.paper(), where);
    extraction.reviewers().forEach(r -> reviewers.check(where, "is by", r.name()));
  }

  /** The citations of the papers, for look-ups only: a hash set, quicker to fill than others. */
  private static Set<Citation> citations(List<Paper> papers) {
    Set<Citation> citations = new HashSet<>(Math.max(16, papers.size() * 2));
    papers.forEach(p -> citations.add(p.citation()));
    return citations;
  }

  private static <T, K> ImmutableSet<K> set(List<T> values, Function<T, K> key) {
    return values.stream().map(key).collect(ImmutableSet.toImmutableSet());
  }

  /** The terms a review declares of one vocabulary, and the check that a reference names one. */
  private final class Declared {
    private final Place.Vocabulary vocabulary;
    private final ImmutableSet<String> names;

    <T> Declared(Place.Vocabulary vocabulary, List<T> terms, Function<T, String> name) {
      this.vocabulary = vocabulary;
      this.names = set(terms, name);
    }

    void check(Place where, String verb, String name) {
      if (!names.contains(name)) {
        Place reference = new Place.Term(vocabulary, name);
        problems.add(
            ReviewProblem.unresolved(
                where,
                reference,
                String.format(
                    "%s %s, which the review does not declare; declared %ss are %s",
                    verb, reference.describe(), vocabulary.word(), listed(names))));
      }
    }
  }

  /**
   * Quotes at most {@link #LISTED_NAMES} names, separated by commas, then says how many more there
   * are.
   */
  static String quoted(List<String> names) {
    return Names.firstOf(Lists.transform(names, n -> "\"" + n + "\""), LISTED_NAMES);
  }

  /** Lists at most {@link #LISTED_NAMES} names, then says how many more there are. */
  static String listed(Set<String> names) {
    return "[" + Names.firstOf(names, LISTED_NAMES) + "]";
  }

  /**
   * Reports a translation whose index paper, though included, contributes none of the translation's
   * raw concepts: the index paper is the study whose concepts the others are translated into, so
   * one of them must be found in it. A translation none of whose raw concepts has any extraction (a
   * review that records where only some concepts were found) cannot say, and is not checked. Linear
   * in the extractions and translations.
   */
  private void checkIndexPapers(Set<Citation> papers) {
    if (review.translations().stream().allMatch(t -> t.indexPaper().isEmpty())) {
      return;
    }
    Extractions all = review.extractions();
    Map<String, Integer> conceptIndex = new HashMap<>();
    for (int c = 0; c < all.concepts().size(); c++) {
      conceptIndex.put(all.concepts().get(c), c);
    }
    Set<Citation> indexPapers = new HashSet<>();
    review.translations().forEach(t -> t.indexPaper().ifPresent(indexPapers::add));
    boolean[] isIndex = new boolean[all.papers().size()];
    for (int p = 0; p < isIndex.length; p++) {
      isIndex[p] = indexPapers.contains(all.papers().get(p));
    }
    Set<Long> pairs = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      if (isIndex[all.paperAt(i)]) {
        pairs.add(((long) all.paperAt(i) << 32) | all.conceptAt(i));
      }
    }
    Map<Citation, Integer> indexOfPaper = new HashMap<>();
    for (int p = 0; p < isIndex.length; p++) {
      if (isIndex[p]) {
        indexOfPaper.put(all.papers().get(p), p);
      }
    }
    for (Translation translation : review.translations()) {
      Optional<Citation> index = translation.indexPaper();
      if (index.isEmpty()
          || !papers.contains(index.get())
          || translation.concepts().stream().noneMatch(conceptIndex::containsKey)) {
        continue;
      }
      Integer p = indexOfPaper.get(index.get());
      boolean contributes =
          p != null
              && translation.concepts().stream()
                  .map(conceptIndex::get)
                  .anyMatch(c -> c != null && pairs.contains(((long) p << 32) | c));
      if (!contributes) {
        problems.add(
            ImmutableReviewProblem.builder()
                .place(new Place.OfTranslation(translation.keyConcept()))
                .rule(INCOMPLETE_TRANSLATION)
                .value(index.get().toString())
                .reference(new Place.OfPaper(index.get()))
                .detail(
                    String.format(
                        "names %s as its index paper, but none of its raw concepts (%s) is found"
                            + " in that paper; the index paper is the study whose concepts the"
                            + " others are translated into",
                        new Place.OfPaper(index.get()).describe(), quoted(translation.concepts())))
                .build());
      }
    }
  }

  /**
   * Reports an extraction that records a stance for a raw concept set aside: a stance says how a
   * paper bears on the key concept its raw concept is translated into, and a concept set aside is
   * translated into none.
   */
  private void checkStancesOfSetAsideConcepts() {
    ImmutableSet<String> setAside = set(review.setAside(), SetAside::concept);
    for (int position : review.extractions().detailedPositions()) {
      Extraction extraction = review.extractions().get(position);
      if (extraction.stance().isPresent() && setAside.contains(extraction.concept())) {
        String stance = Names.words(extraction.stance().get());
        problems.add(
            ReviewProblem.of(
                new Place.OfExtraction(extraction.concept(), extraction.paper()),
                INCOMPLETE_TRANSLATION,
                stance,
                String.format(
                    "records a stance (%s), but concept \"%s\" is set aside, so there is no key"
                        + " concept for the paper to support or refute",
                    stance, extraction.concept())));
      }
    }
  }

  /**
   * Once a review records raw concepts, each is translated into exactly one key concept or set
   * aside, and each key concept brings together at least one raw concept.
   */
  private void checkTranslationIsComplete(ImmutableSet<String> concepts) {
    if (concepts.isEmpty()) {
      return;
    }
    Map<String, List<String>> translatedInto = new HashMap<>();
    for (Translation translation : review.translations()) {
      translation
          .concepts()
          .forEach(
              c ->
                  translatedInto
                      .computeIfAbsent(c, k -> new ArrayList<>())
                      .add(translation.keyConcept()));
    }
    ImmutableSet<String> setAside = set(review.setAside(), SetAside::concept);
    for (Concept concept : review.concepts()) {
      List<String> into = translatedInto.getOrDefault(concept.name(), List.of());
      Place where = new Place.OfConcept(concept.name());
      if (into.size() > 1) {
        incomplete(
            where,
            "is translated %d times (into %s); each concept is translated into exactly one key"
                + " concept",
            into.size(),
            into);
      }
      if (!into.isEmpty() && setAside.contains(concept.name())) {
        incomplete(where, "is both translated (into %s) and set aside", into);
      }
      if (into.isEmpty() && !setAside.contains(concept.name())) {
        incomplete(
            where,
            "is neither translated into a key concept nor set aside; every raw concept is one or"
                + " the other");
      }
    }
    ImmutableSet<String> translatedKeyConcepts =
        set(review.translations(), Translation::keyConcept);
    for (KeyConcept keyConcept : review.keyConcepts()) {
      if (!translatedKeyConcepts.contains(keyConcept.name())) {
        incomplete(
            new Place.OfKeyConcept(keyConcept.name()),
            "has no concept translated into it; every key concept brings together at least one"
                + " raw concept");
      }
    }
  }

  private void incomplete(Place where, String rule, Object... args) {
    problems.add(ReviewProblem.of(where, INCOMPLETE_TRANSLATION, String.format(rule, args)));
  }

  /** A relation's end names one of the review's key concepts, themes or interpretations. */
  private void node(ImmutableSet<String> nodes, String name, Place where) {
    if (!nodes.contains(name)) {
      Place reference = new Place.OfNode(name);
      problems.add(
          ReviewProblem.unresolved(
              where,
              reference,
              String.format(
                  "names %s, which is no key concept, theme or interpretation of the review",
                  reference.describe())));
    }
  }

  /**
   * Key concepts, themes and interpretations are the nodes of the line of argument, named by its
   * relations: no two of them have one name.
   */
  private void distinctNodes() {
    Map<String, String> kindOf = new HashMap<>();
    review.keyConcepts().forEach(k -> kindOf.putIfAbsent(k.name(), "key concept"));
    for (Theme theme : review.themes()) {
      clash(kindOf, theme.name(), "theme", new Place.OfTheme(theme.name()));
    }
    for (Interpretation interpretation : review.interpretations()) {
      clash(
          kindOf,
          interpretation.name(),
          "interpretation",
          new Place.OfInterpretation(interpretation.name()));
    }
  }

  private void clash(Map<String, String> kindOf, String name, String kind, Place where) {
    String earlier = kindOf.putIfAbsent(name, kind);
    if (earlier != null && !earlier.equals(kind)) {
      problems.add(
          ReviewProblem.of(
              where,
              DUPLICATE,
              String.format(
                  "has the name of a %s; key concepts, themes and interpretations must have"
                      + " distinct names, since relations name them",
                  earlier)));
    }
  }

  private void included(Set<Citation> papers, Citation paper, Place where) {
    if (!papers.contains(paper)) {
      Place reference = new Place.OfPaper(paper);
      problems.add(
          ReviewProblem.unresolved(
              where,
              reference,
              String.format(
                  "names %s, which is not among the included papers", reference.describe())));
    }
  }

  private void defined(ImmutableSet<String> defined, Place reference, String name, Place where) {
    if (!defined.contains(name)) {
      problems.add(
          ReviewProblem.unresolved(
              where,
              reference,
              String.format("names %s, which the review does not define", reference.describe())));
    }
  }

  private void checkCounts() {
    long[] totals = new long[Stage.values().length];
    boolean[] complete = new boolean[Stage.values().length];
    for (Stage stage : Stage.values()) {
      complete[stage.ordinal()] = true;
      for (Search search : review.searches()) {
        OptionalInt count = search.counts().count(stage);
        if (count.isPresent()) {
          totals[stage.ordinal()] += count.getAsInt();
        } else {
          complete[stage.ordinal()] = false;
        }
      }
    }
    long tallied = total(review.exclusions(), ExclusionTally::papers);
    long sourced = 0;
    for (OtherSource source : review.otherSources()) {
      sourced += source.found().orElse(0);
    }
    for (long total : new long[] {totals[0], totals[1], totals[2], totals[3], tallied, sourced}) {
      if (total > Integer.MAX_VALUE) {
        problems.add(
            ReviewProblem.of(
                Place.review(),
                COUNT_OVERFLOW,
                String.format(
                    "the searches%s and exclusions add up to %d records, more than the largest"
                        + " count (%d)",
                    review.otherSources().isEmpty() ? "" : ", other sources",
                    total,
                    Integer.MAX_VALUE)));
        return;
      }
    }
    int appraised = Stage.ARTICLES_APPRAISED.ordinal();
    int included = Stage.ARTICLES_INCLUDED.ordinal();
    if (review.searches().isEmpty()
        || review.exclusions().isEmpty()
        || !complete[appraised]
        || !complete[included]
        || repeats(review.searches(), Search::name)
        || repeats(review.exclusions(), t -> t.reason().name())) {
      // A search or tally given twice is reported as such; the sums would count it twice.
      return;
    }
    long excluded = totals[appraised] - totals[included];
    if (tallied != excluded) {
      problems.add(
          ReviewProblem.of(
              Place.review(),
              UNACCOUNTED_EXCLUSIONS,
              String.format(
                  "exclusion tallies add up to %d %s, but the searches appraised %d and"
                      + " included %d, so %d were excluded; the tallies must account for every"
                      + " excluded paper",
                  tallied,
                  tallied == 1 ? "paper" : "papers",
                  totals[appraised],
                  totals[included],
                  excluded)));
    }
  }

  /**
   * Checks the records of the review process: finders, reviewers, forms and papers resolve; no two
   * records are duplicates; records of a screened search are screened; and the counts the review
   * states agree with those its records give.
   */
  private void checkRecords(Declared reviewers, Set<Citation> papers) {
    if (review.records().isEmpty()) {
      return;
    }
    Set<String> searches = set(review.searches(), Search::name);
    Set<String> sources = set(review.otherSources(), OtherSource::name);
    Map<String, AppraisalForm> forms = new HashMap<>();
    review.appraisalForms().forEach(f -> forms.putIfAbsent(f.name(), f));
    Map<String, SearchRecord> byKey = new HashMap<>();
    Map<String, SearchRecord> byTitle = new HashMap<>();
    Set<String> ids = set(review.records(), SearchRecord::id);
    Map<Citation, SearchRecord> byPaper = new HashMap<>();
    boolean appraises = review.records().stream().anyMatch(r -> r.appraisal().isPresent());
    boolean screensTitles =
        review.records().stream()
            .anyMatch(r -> r.screening(ScreeningLevel.TITLE_AND_ABSTRACT).isPresent());
    for (SearchRecord record : review.records()) {
      Place where = new Place.OfRecord(record.id());
      for (String finder : record.foundBy()) {
        if (!searches.contains(finder) && !sources.contains(finder)) {
          problems.add(
              ReviewProblem.unresolved(
                  where,
                  new Place.OfSearch(finder),
                  String.format(
                      "was found by \"%s\", which the review declares neither as a search nor as"
                          + " another source",
                      Names.printable(finder))));
        }
      }
      SearchRecord earlier = byKey.putIfAbsent(record.key(), record);
      if (earlier == null && record.titleKey().isPresent()) {
        SearchRecord titled = byTitle.get(record.titleKey().get());
        // Without a DOI on one side, the same title is the same record.
        if (titled != null && (titled.doi().isEmpty() || record.doi().isEmpty())) {
          earlier = titled;
        }
      }
      record.titleKey().ifPresent(t -> byTitle.putIfAbsent(t, record));
      for (String merged : record.alsoRecordedAs()) {
        if (ids.contains(merged)) {
          problems.add(
              ReviewProblem.of(
                  where,
                  DUPLICATE,
                  merged,
                  String.format(
                      "was also recorded as \"%s\", which is the identifier of another record",
                      Names.printable(merged))));
        }
      }
      if (earlier != null && !earlier.id().equals(record.id())) {
        problems.add(
            ReviewProblem.of(
                where,
                DUPLICATE,
                record.key(),
                String.format(
                    "has the same %s as record \"%s\"; a record found by several searches is one"
                        + " record that names each search that found it",
                    record.doi().isPresent() && earlier.doi().isPresent() ? "DOI" : "title",
                    Names.printable(earlier.id()))));
      }
      for (Screening screening : record.screenings()) {
        for (Vote vote : screening.votes()) {
          reviewers.check(where, "was screened by", vote.reviewer().name());
        }
        screening.arbiter().ifPresent(a -> reviewers.check(where, "was settled by", a.name()));
      }
      if (screensTitles
          && record.screening(ScreeningLevel.TITLE_AND_ABSTRACT).isEmpty()
          && record.reached(Stage.ARTICLES_RETRIEVED, false)) {
        record.foundBy().stream()
            .filter(searches::contains)
            .findFirst()
            .ifPresent(
                search ->
                    problems.add(
                        ReviewProblem.invalid(
                            where,
                            search,
                            String.format(
                                "was found by search \"%s\" and retrieved without a title and"
                                    + " abstract screening; in a review that screens titles and"
                                    + " abstracts, records of searches are screened (records of"
                                    + " other sources need not be)",
                                Names.printable(search)))));
      }
      record.appraisal().ifPresent(a -> checkAppraisal(where, a, forms, reviewers));
      if (record.paper().isPresent() && appraises && record.appraisal().isEmpty()) {
        problems.add(
            ReviewProblem.invalid(
                where,
                record.paper().get().inMessages(),
                String.format(
                    "became paper %s without an appraisal, in a review that appraises the records"
                        + " it keeps at full text",
                    record.paper().get().inMessages())));
      }
      if (record.paper().isPresent() && record.appraisal().isPresent()) {
        AppraisalForm form = forms.get(record.appraisal().get().form());
        Optional<Appraisal> stated = review.paper(record.paper().get()).flatMap(Paper::appraisal);
        if (form != null && stated.isPresent()) {
          Appraisal recorded = record.appraisal().get().summary(form);
          if (!recorded.equals(stated.get())) {
            problems.add(
                ReviewProblem.of(
                    new Place.OfPaper(record.paper().get()),
                    RECORDS_DISAGREE,
                    stated.get().toString(),
                    String.format(
                        "states appraisal \"%s\", but the appraisal of record \"%s\" gives"
                            + " \"%s\"",
                        stated.get(), Names.printable(record.id()), recorded)));
          }
        }
      }
      if (record.paper().isPresent()) {
        Citation paper = record.paper().get();
        included(papers, paper, where);
        SearchRecord other = byPaper.putIfAbsent(paper, record);
        if (other != null) {
          problems.add(
              ReviewProblem.of(
                  where,
                  DUPLICATE,
                  paper,
                  String.format(
                      "became paper %s, which record \"%s\" already became",
                      paper.inMessages(), Names.printable(other.id()))));
        }
      }
    }
    checkRecordedCounts();
  }

  private void checkAppraisal(
      Place where,
      AppraisalRecord appraisal,
      Map<String, AppraisalForm> forms,
      Declared reviewers) {
    AppraisalForm form = forms.get(appraisal.form());
    if (form == null) {
      problems.add(
          ReviewProblem.unresolved(
              where,
              new Place.OfForm(appraisal.form()),
              String.format(
                  "was appraised with form \"%s\", which the review does not declare; declared"
                      + " forms are %s",
                  Names.printable(appraisal.form()),
                  listed(set(review.appraisalForms(), AppraisalForm::name)))));
    }
    List<CompletedForm> completed = new ArrayList<>(appraisal.assessments());
    appraisal.arbiter().ifPresent(completed::add);
    for (CompletedForm filled : completed) {
      reviewers.check(where, "was appraised by", filled.reviewer().name());
      if (form == null) {
        continue;
      }
      filled
          .answers()
          .forEach(
              (item, answer) -> {
                Optional<FormItem> asked = form.item(item);
                if (asked.isEmpty()) {
                  problems.add(
                      ReviewProblem.invalid(
                          where,
                          item,
                          String.format(
                              "appraisal by %s answers item \"%s\", which form \"%s\" does not"
                                  + " have",
                              filled.reviewer(),
                              Names.printable(item),
                              Names.printable(form.name()))));
                } else if (!asked.get().scale().answers().contains(answer)) {
                  problems.add(
                      ReviewProblem.invalid(
                          where,
                          answer,
                          String.format(
                              "appraisal by %s answers item \"%s\" with \"%s\", which is not"
                                  + " one of its answers (%s)",
                              filled.reviewer(),
                              Names.printable(item),
                              Names.printable(answer),
                              asked.get().scale())));
                }
              });
    }
    if (!review.exclusions().isEmpty()) {
      Set<String> reasons = set(review.exclusions(), t -> t.reason().name());
      appraisal
          .reason()
          .filter(r -> !reasons.contains(r.name()))
          .ifPresent(
              r ->
                  problems.add(
                      ReviewProblem.unresolved(
                          where,
                          new Place.OfExclusion(r.name()),
                          String.format(
                              "was excluded at appraisal for \"%s\", which is not one of the"
                                  + " review's exclusion reasons (%s)",
                              Names.printable(r.name()), listed(reasons)))));
    }
  }

  /**
   * Compares each count the review states, for a search or other source with records and for each
   * exclusion reason when every search has records, with the count its records give.
   */
  private void checkRecordedCounts() {
    for (Search search : review.searches()) {
      Optional<StageCounts> recorded = review.recordedCounts(search.name());
      if (recorded.isEmpty()) {
        continue;
      }
      for (Stage stage : Stage.values()) {
        OptionalInt stated = search.counts().count(stage);
        OptionalInt counted = recorded.get().count(stage);
        if (stated.isPresent() && counted.isPresent() && stated.getAsInt() != counted.getAsInt()) {
          problems.add(
              ReviewProblem.of(
                  new Place.OfSearch(search.name()),
                  RECORDS_DISAGREE,
                  stated.getAsInt(),
                  String.format(
                      "states %d for %s, but its records give %d",
                      stated.getAsInt(), stage.words(), counted.getAsInt())));
        }
      }
    }
    for (OtherSource source : review.otherSources()) {
      Optional<StageCounts> recorded = review.recordedCounts(source.name());
      if (recorded.isEmpty()) {
        continue;
      }
      disagree(
          source,
          "records found",
          source.found(),
          OptionalInt.of(review.recordsFoundBy(source.name())));
      disagree(source, "papers included", source.included(), recorded.get().articlesIncluded());
    }
    if (review.exclusionsRecorded() && !review.exclusions().isEmpty()) {
      Map<String, Integer> counted = new HashMap<>();
      for (SearchRecord record : review.records()) {
        record
            .appraisal()
            .flatMap(AppraisalRecord::reason)
            .ifPresent(r -> counted.merge(r.name(), 1, Integer::sum));
      }
      for (ExclusionTally tally : review.exclusions()) {
        int n = counted.getOrDefault(tally.reason().name(), 0);
        if (n != tally.papers()) {
          problems.add(
              ReviewProblem.of(
                  new Place.OfExclusion(tally.reason().name()),
                  RECORDS_DISAGREE,
                  tally.papers(),
                  String.format(
                      "states %d %s excluded, but the appraisal records give %d",
                      tally.papers(), tally.papers() == 1 ? "paper" : "papers", n)));
        }
      }
    }
  }

  private void disagree(OtherSource source, String what, OptionalInt stated, OptionalInt counted) {
    if (stated.isPresent() && counted.isPresent() && stated.getAsInt() != counted.getAsInt()) {
      problems.add(
          ReviewProblem.of(
              new Place.OfSource(source.name()),
              RECORDS_DISAGREE,
              stated.getAsInt(),
              String.format(
                  "states %d for %s, but its records give %d",
                  stated.getAsInt(), what, counted.getAsInt())));
    }
  }

  private static <T> boolean repeats(List<T> values, Function<T, String> name) {
    return values.stream().map(name).distinct().count() < values.size();
  }

  private static <T> long total(List<T> values, ToIntFunction<T> count) {
    return values.stream().mapToLong(count::applyAsInt).sum();
  }
}
