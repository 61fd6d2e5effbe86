package org.metaethnography.core;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.metaethnography.model.Author;
import org.metaethnography.model.Condition;
import org.metaethnography.model.Intervention;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.ReviewProblem;
import org.metaethnography.model.Stakeholder;

/**
 * Describes one included paper inside {@link ReviewBuilder#paper(int, java.util.function.Consumer)}.
 * Every attribute is set once; authors, year, title, journal, condition, format, intervention and
 * perspective are required.
 *
 * <pre>{@code
 * .paper(12, p -> p.by("Okafor N", "Lind S").year(2019)
 *     .titled("Carers' experience of a respite programme").in("J Adv Nurs")
 *     .condition("dementia").format("group").intervention("Weekly day care for 12 weeks")
 *     .perspective("carers"))
 * }</pre>
 */
public final class PaperSpec extends Spec {
  private final int reference;
  private Optional<ImmutableList<Author>> authors = Optional.empty();
  private boolean etAl;
  private Optional<Integer> year = Optional.empty();
  private Optional<String> title = Optional.empty();
  private Optional<String> journal = Optional.empty();
  private Optional<String> condition = Optional.empty();
  private Optional<String> format = Optional.empty();
  private Optional<String> description = Optional.empty();
  private Optional<String> duration = Optional.empty();
  private Optional<Perspective> perspective = Optional.empty();
  private final Map<String, String> attributes = new LinkedHashMap<>();

  private static final String STAND_IN = "-";
  private static final int STAND_IN_YEAR = 2000;
  private static final Intervention STAND_IN_INTERVENTION =
      Intervention.builder()
          .condition(Condition.of(STAND_IN))
          .format(InterventionFormat.of(STAND_IN))
          .description(STAND_IN)
          .build();

  PaperSpec(int reference) {
    super("paper [" + reference + "]");
    this.reference = reference;
  }

  /**
   * The authors, in byline order, each written {@code "Surname Initials"} as in a Vancouver
   * reference list.
   */
  public PaperSpec by(String... authors) {
    this.authors = onceMade("authors", this.authors, () -> parse(authors));
    return this;
  }

  /** Records that the reference list abbreviates further authors with "et al.". */
  public PaperSpec etAl() {
    this.etAl = true;
    return this;
  }

  /** The year of publication. */
  public PaperSpec year(int year) {
    this.year = once("year", this.year, year);
    return this;
  }

  /** The title. */
  public PaperSpec titled(String title) {
    this.title = once("title", this.title, title);
    return this;
  }

  /** The journal or other source that published the paper. */
  public PaperSpec in(String journal) {
    this.journal = once("journal", this.journal, journal);
    return this;
  }

  /** The condition the study's participants share, a name of the review's choosing. */
  public PaperSpec condition(String condition) {
    this.condition = once("condition", this.condition, condition);
    return this;
  }

  /** The intervention's format, a name of the review's choosing. */
  public PaperSpec format(String format) {
    this.format = once("format", this.format, format);
    return this;
  }

  /** What the intervention consisted of, in the review's words. */
  public PaperSpec intervention(String description) {
    this.description = once("intervention", this.description, description);
    return this;
  }

  /** How long the intervention lasted, where the study states it. */
  public PaperSpec duration(String duration) {
    this.duration = once("duration", this.duration, duration);
    return this;
  }

  /** The stakeholder groups whose views the study reports, by their declared names. */
  public PaperSpec perspective(String... stakeholders) {
    this.perspective =
        onceMade("perspective", this.perspective, () -> Perspective.of(Spec.stakeholders(stakeholders)));
    return this;
  }

  /**
   * Records that the study designates no stakeholder group (as in a bidirectional design), in
   * the review's own words.
   */
  public PaperSpec undesignatedPerspective(String description) {
    this.perspective =
        onceMade("perspective", this.perspective, () -> Perspective.undesignated(description));
    return this;
  }

  /** A further attribute of the paper, such as its country or setting. */
  public PaperSpec attribute(String name, String value) {
    String earlier =
        attributes.putIfAbsent(Objects.requireNonNull(name), Objects.requireNonNull(value));
    if (earlier != null) {
      problem(
          ReviewProblem.Rule.INCOMPLETE_DESCRIPTION,
          String.format(
              "attribute \"%s\" is set twice, first to \"%s\" and then to \"%s\"",
              name, earlier, value));
    }
    return this;
  }

  /**
   * Builds the paper, or records every problem and returns empty. What was given is checked even
   * when something else is missing or rejected: neutral stand-ins take the place of the missing
   * parts for the check, and the paper is then discarded.
   *
   * @param declared the review's stakeholders, whose order the perspective takes
   */
  Optional<Paper> build(List<Stakeholder> declared) {
    required("authors", authors);
    Optional<String> c = required("condition", condition);
    Optional<String> f = required("format", format);
    Optional<String> d = required("intervention", description);
    required("perspective", perspective);
    required("year", year);
    required("title", title);
    required("journal", journal);
    Optional<Condition> madeCondition = c.flatMap(name -> attempt(() -> Condition.of(name)));
    Optional<InterventionFormat> madeFormat =
        f.flatMap(name -> attempt(() -> InterventionFormat.of(name)));
    Optional<Intervention> intervention =
        attempt(
            () ->
                Intervention.builder()
                    .condition(madeCondition.orElse(STAND_IN_INTERVENTION.condition()))
                    .format(madeFormat.orElse(STAND_IN_INTERVENTION.format()))
                    .description(d.orElse(STAND_IN))
                    .duration(duration)
                    .build());
    Optional<Paper> paper =
        attempt(
            () ->
                Paper.builder()
                    .reference(reference)
                    .authors(authors.orElse(ImmutableList.of(Author.of(STAND_IN, ""))))
                    .etAl(etAl)
                    .year(year.orElse(STAND_IN_YEAR))
                    .title(title.orElse(STAND_IN))
                    .journal(journal.orElse(STAND_IN))
                    .intervention(intervention.orElse(STAND_IN_INTERVENTION))
                    .perspective(
                        perspective
                            .map(p -> inDeclaredOrder(p, declared))
                            .orElse(Perspective.undesignated(STAND_IN)))
                    .attributes(attributes)
                    .build());
    return hasProblems() ? Optional.empty() : paper;
  }

  private static ImmutableList<Author> parse(String... names) {
    ImmutableList.Builder<Author> parsed = ImmutableList.builder();
    for (String name : names) {
      parsed.add(Author.parse(name));
    }
    return parsed.build();
  }
}
