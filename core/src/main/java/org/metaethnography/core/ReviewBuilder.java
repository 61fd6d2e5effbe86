package org.metaethnography.core;

import static org.metaethnography.model.ReviewProblem.Rule.INCOMPLETE_TRANSLATION;
import static org.metaethnography.model.ReviewProblem.Rule.UNACCOUNTED_EXCLUSIONS;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.metaethnography.model.Concept;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.LineOfArgument;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Relation;
import org.metaethnography.model.Review;
import org.metaethnography.model.ReviewProblem;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Search;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.StageCounts;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Synthesis;

/**
 * Describes a review step by step, in the words of the method, and builds it. Obtain one from
 * {@link MetaEthnography#review(String)}.
 *
 * <p>Nothing is thrown while the review is described: each problem (a count that grows from one
 * stage to the next, an attribute set twice, a reference to an undeclared stakeholder, ...) is
 * recorded, and {@link #build()} reports all of them together in one {@link
 * InvalidReviewException}, each naming the value, where it is and the rule it breaks. The order in
 * which papers, key concepts and searches are described is kept as their presentation order.
 *
 * <pre>{@code
 * Review review = MetaEthnography.review("Carers' experience of respite care")
 *     .stakeholders("Carers", "Staff")
 *     .phases("during respite", "after respite")
 *     .search("Dementia", 812, 64, 9, 4)
 *     .exclusion("Lacked qualitative data", 5)
 *     .paper(12, p -> p.by("Okafor N", "Lind S").year(2019).titled("Respite and the carer")
 *         .in("J Adv Nurs").condition("dementia").format("group")
 *         .intervention("Weekly day care for 12 weeks").perspective("Carers"))
 *     .keyConcept("Respite", k -> k.definedAs("Time away from caring that restores the carer")
 *         .phase("during respite").concerns("Carers"))
 *     .grid(12, "Respite")
 *     .build();
 * }</pre>
 */
public final class ReviewBuilder {
  private final String title;
  private final Item review = new Item("review", null);
  private Optional<ImmutableList<Stakeholder>> stakeholders = Optional.empty();
  private Optional<ImmutableList<Phase>> phases = Optional.empty();
  private Optional<ImmutableList<Reviewer>> reviewers = Optional.empty();
  private Optional<String> argument = Optional.empty();
  private Optional<String> argumentNote = Optional.empty();
  private final List<Item> items = new ArrayList<>();
  private final List<Search> searches = new ArrayList<>();
  private final List<ExclusionTally> exclusions = new ArrayList<>();
  private final List<PaperSpec> papers = new ArrayList<>();
  private final List<KeyConceptSpec> keyConcepts = new ArrayList<>();
  private final List<ConceptSpec> concepts = new ArrayList<>();
  private final List<ExtractionSpec> extractions = new ArrayList<>();
  private final List<SetAside> setAside = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<Translation> translations = new ArrayList<>();
  private final List<Incidence> incidences = new ArrayList<>();

  ReviewBuilder(String title) {
    this.title = Objects.requireNonNull(title);
  }

  /**
   * Declares the stakeholder groups the review distinguishes, for example {@code
   * stakeholders("Patients", "Carers")}. Declared once.
   */
  public ReviewBuilder stakeholders(String... names) {
    stakeholders = review.onceMade("stakeholders", stakeholders, () -> Spec.stakeholders(names));
    return this;
  }

  /**
   * Declares the phases of the conceptual model, for example {@code phases("during", "after")}.
   * Declared once.
   */
  public ReviewBuilder phases(String... names) {
    phases = review.onceMade("phases", phases, () -> Spec.phases(names));
    return this;
  }

  /**
   * Declares the reviewers who extract concepts, for example {@code reviewers("AO", "SL")}.
   * Declared once.
   */
  public ReviewBuilder reviewers(String... names) {
    reviewers =
        review.onceMade(
            "reviewers",
            reviewers,
            () -> Arrays.stream(names).map(Reviewer::of).collect(ImmutableList.toImmutableList()));
    return this;
  }

  /**
   * Records a literature search with the records it kept at each stage.
   *
   * @param name the search's name, unique within the review
   * @param abstractsReviewed titles and abstracts screened
   * @param articlesRetrieved full texts retrieved
   * @param articlesAppraised articles that went to quality appraisal
   * @param articlesIncluded articles included in the synthesis
   */
  public ReviewBuilder search(
      String name,
      int abstractsReviewed,
      int articlesRetrieved,
      int articlesAppraised,
      int articlesIncluded) {
    item("search \"" + name + "\"", UNACCOUNTED_EXCLUSIONS)
        .attempt(
            () ->
                Search.of(
                    name,
                    StageCounts.of(
                        abstractsReviewed, articlesRetrieved, articlesAppraised, articlesIncluded)))
        .ifPresent(searches::add);
    return this;
  }

  /** Records how many appraised papers quality appraisal excluded for {@code reason}. */
  public ReviewBuilder exclusion(String reason, int papers) {
    item("exclusion reason \"" + reason + "\"", UNACCOUNTED_EXCLUSIONS)
        .attempt(() -> ExclusionTally.of(ExclusionReason.of(reason), papers))
        .ifPresent(exclusions::add);
    return this;
  }

  /**
   * Describes the included paper with reference number {@code reference}.
   *
   * @param reference the paper's number in the review's reference list
   * @param description fills in the paper's attributes; see {@link PaperSpec}
   */
  public ReviewBuilder paper(int reference, Consumer<PaperSpec> description) {
    PaperSpec spec = new PaperSpec(reference);
    description.accept(spec);
    papers.add(spec);
    return this;
  }

  /**
   * Describes the key concept {@code name}, a column of the grid in the order described.
   *
   * @param name the key concept's name, unique within the review
   * @param description fills in the key concept's attributes; see {@link KeyConceptSpec}
   */
  public ReviewBuilder keyConcept(String name, Consumer<KeyConceptSpec> description) {
    KeyConceptSpec spec = new KeyConceptSpec(Objects.requireNonNull(name));
    description.accept(spec);
    keyConcepts.add(spec);
    return this;
  }

  /**
   * Describes a raw (first- or second-order) concept.
   *
   * @param name the concept's name, unique within the review
   * @param description fills in the concept's attributes; see {@link ConceptSpec}
   */
  public ReviewBuilder concept(String name, Consumer<ConceptSpec> description) {
    ConceptSpec spec = new ConceptSpec(Objects.requireNonNull(name));
    description.accept(spec);
    concepts.add(spec);
    return this;
  }

  /**
   * Records that the raw concept {@code concept} was found in the paper with reference number
   * {@code paper}.
   *
   * @param concept the raw concept's name
   * @param paper the paper's reference number
   * @param description who found it, and the evidence; see {@link ExtractionSpec}
   */
  public ReviewBuilder found(String concept, int paper, Consumer<ExtractionSpec> description) {
    ExtractionSpec spec = new ExtractionSpec(Objects.requireNonNull(concept), paper);
    description.accept(spec);
    extractions.add(spec);
    return this;
  }

  /** Sets the raw concept {@code concept} aside rather than translating it, for {@code reason}. */
  public ReviewBuilder setAside(String concept, String reason) {
    item("setting aside of concept \"" + concept + "\"", INCOMPLETE_TRANSLATION)
        .attempt(() -> SetAside.of(concept, reason))
        .ifPresent(setAside::add);
    return this;
  }

  /**
   * Adds a relation of the line of argument: key concept {@code from} {@code kind} key concept
   * {@code to}, for example {@code relation("Respite", "restores", "Renewed capacity")}.
   */
  public ReviewBuilder relation(String from, String kind, String to) {
    item("relation " + from + " --" + kind + "--> " + to, null)
        .attempt(() -> Relation.of(from, kind, to))
        .ifPresent(relations::add);
    return this;
  }

  /** States the line of argument in words. Stated once. */
  public ReviewBuilder lineOfArgument(String statement) {
    argument = review.once("line of argument", argument, Objects.requireNonNull(statement));
    return this;
  }

  /**
   * Notes where the line of argument comes from, for example that it is a reconstruction; the
   * figures carry the note as a comment. Noted once.
   */
  public ReviewBuilder lineOfArgumentNote(String note) {
    argumentNote =
        review.once("line of argument note", argumentNote, Objects.requireNonNull(note));
    return this;
  }

  /** Translates the named concepts into the named key concept. */
  public ReviewBuilder translate(String keyConcept, TranslationKind kind, String... concepts) {
    item("translation into \"" + keyConcept + "\"", INCOMPLETE_TRANSLATION)
        .attempt(() -> Translation.of(keyConcept, kind, concepts))
        .ifPresent(translations::add);
    return this;
  }

  /**
   * Ticks the key concept grid: the paper with reference number {@code paper} expresses each of
   * the named key concepts.
   */
  public ReviewBuilder grid(int paper, String... keyConcepts) {
    for (String keyConcept : keyConcepts) {
      item("grid cell [" + paper + "] " + keyConcept, null)
          .attempt(() -> Incidence.of(paper, keyConcept))
          .ifPresent(incidences::add);
    }
    return this;
  }

  /**
   * Builds the review described.
   *
   * <p>A part of the description that is rejected (a paper with a blank title, say) is left out
   * of the review, and the problems that would only follow from its absence (a grid cell naming
   * that paper) are not reported: each problem is reported once, where it is.
   *
   * @return the review
   * @throws InvalidReviewException listing every problem of the description and of the review
   */
  public Review build() {
    List<ReviewProblem> problems = new ArrayList<>();
    Optional<LineOfArgument> line =
        review.build(
            () ->
                review.attempt(
                    () ->
                        LineOfArgument.builder()
                            .statement(argument)
                            .note(argumentNote)
                            .relations(relations)
                            .build()),
            problems);
    ImmutableList<Stakeholder> declaredStakeholders = stakeholders.orElse(ImmutableList.of());
    ImmutableList<Phase> declaredPhases = phases.orElse(ImmutableList.of());
    Set<String> rejected = new HashSet<>();
    ImmutableList<Paper> builtPapers =
        built(papers, p -> p.build(declaredStakeholders), problems, rejected);
    ImmutableList<KeyConcept> builtKeyConcepts =
        built(keyConcepts, k -> k.build(declaredPhases, declaredStakeholders), problems, rejected);
    ImmutableList<Concept> builtConcepts =
        built(concepts, c -> c.build(declaredStakeholders), problems, rejected);
    ImmutableList<Extraction> builtExtractions =
        built(extractions, ExtractionSpec::build, problems, rejected);

    Set<ReviewProblem.Rule> followFromRejection = EnumSet.noneOf(ReviewProblem.Rule.class);
    for (Item item : items) {
      problems.addAll(item.problems());
      if (item.hasProblems() && item.follows != null) {
        followFromRejection.add(item.follows);
      }
    }
    try {
      Review built =
          Review.builder()
              .title(title)
              .stakeholders(declaredStakeholders)
              .phases(declaredPhases)
              .searches(searches)
              .exclusions(exclusions)
              .papers(builtPapers)
              .keyConcepts(builtKeyConcepts)
              .reviewers(reviewers.orElse(ImmutableList.of()))
              .concepts(builtConcepts)
              .extractions(builtExtractions)
              .translations(translations)
              .setAside(setAside)
              .lineOfArgument(line.orElse(LineOfArgument.none()))
              .incidences(incidences)
              .build();
      if (problems.isEmpty()) {
        return built;
      }
    } catch (InvalidReviewException e) {
      for (ReviewProblem problem : e.problems()) {
        if (!followsFromRejection(problem, rejected, followFromRejection)) {
          problems.add(problem);
        }
      }
    }
    throw new InvalidReviewException(title, problems);
  }

  /**
   * Whether {@code problem} only follows from a part of the description that was rejected and
   * already reported: a reference to a rejected paper, concept or key concept, a reference to a
   * stakeholder or phase when their declaration was rejected, exclusion tallies compared with
   * searches some of which were rejected, or a translation left incomplete where a translation or
   * setting aside was rejected.
   */
  private boolean followsFromRejection(
      ReviewProblem problem, Set<String> rejected, Set<ReviewProblem.Rule> followFromRejection) {
    if (followFromRejection.contains(problem.rule())) {
      return true;
    }
    return problem
        .reference()
        .filter(
            reference ->
                rejected.contains(reference)
                    || (review.wasRejected("stakeholders") && reference.startsWith("stakeholder "))
                    || (review.wasRejected("phases") && reference.startsWith("phase "))
                    || (review.wasRejected("reviewers") && reference.startsWith("reviewer ")))
        .isPresent();
  }

  /**
   * Builds the review described and synthesizes it.
   *
   * @return the synthesis of the review
   * @throws InvalidReviewException listing every problem of the description and of the review
   */
  public Synthesis synthesize() {
    return Synthesis.of(build());
  }

  private Item item(String where, ReviewProblem.Rule follows) {
    Item item = new Item(where, follows);
    items.add(item);
    return item;
  }

  private static <S extends Spec, T> ImmutableList<T> built(
      List<S> specs,
      Function<S, Optional<T>> build,
      List<ReviewProblem> problems,
      Set<String> rejected) {
    ImmutableList.Builder<T> values = ImmutableList.builder();
    for (S spec : specs) {
      Optional<T> value = spec.build(() -> build.apply(spec), problems);
      value.ifPresent(values::add);
      if (value.isEmpty()) {
        rejected.add(spec.where());
      }
    }
    return values.build();
  }

  /**
   * A part of the review described in one call, with the problems found in it; {@code follows}
   * is the rule whose problems only follow from this part's rejection (the exclusion check for a
   * search or tally, translation completeness for a translation or setting aside), or null.
   */
  private static final class Item extends Spec {
    final ReviewProblem.Rule follows;

    Item(String where, ReviewProblem.Rule follows) {
      super(where);
      this.follows = follows;
    }
  }
}
