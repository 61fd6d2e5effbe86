package org.metaethnography.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.metaethnography.model.Author;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Condition;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.Stakeholder;

/**
 * Describes one included paper inside {@link ReviewBuilder#paper(int, java.util.function.Consumer)}
 * (or {@link ReviewBuilder#paper(String, java.util.function.Consumer)}): whatever the review
 * reports of it. Every attribute is optional and set at most once; what is not set stays absent.
 *
 * <pre>{@code
 * .paper(12, p -> p.by("Okafor N", "Lind S").year(2019)
 *     .titled("Carers' experience of a respite programme").in("J Adv Nurs")
 *     .condition("Dementia").format("Day care").intervention("Weekly day care for 12 weeks")
 *     .perspective("Carers"))
 * .paper("Sav et al (2013)", p -> p.perspective("Patients").attribute("country", "AU"))
 * }</pre>
 */
public final class PaperSpec extends Spec {
  private final Paper.Builder paper = Paper.builder();

  PaperSpec(ReviewDraft draft, Citation citation) {
    super(draft, new Place.OfPaper(citation));
    paper.citation(citation);
  }

  /**
   * The authors, in byline order, each written {@code "Surname Initials"} as in a Vancouver
   * reference list.
   *
   * @param authors the authors
   * @return this spec
   */
  public PaperSpec by(String... authors) {
    onceMade("authors", () -> Spec.terms(Author::parse, authors), paper::authors);
    return this;
  }

  /**
   * Records that the reference list abbreviates further authors with "et al.".
   *
   * @return this spec
   */
  public PaperSpec etAl() {
    once("et al.", true, paper::etAl);
    return this;
  }

  /**
   * The year of publication.
   *
   * @param year four digits
   * @return this spec
   */
  public PaperSpec year(int year) {
    once("year", year, paper::year);
    return this;
  }

  /**
   * The title.
   *
   * @param title the paper's title
   * @return this spec
   */
  public PaperSpec titled(String title) {
    once("title", Objects.requireNonNull(title), paper::title);
    return this;
  }

  /**
   * The journal or other source that published the paper.
   *
   * @param journal the journal
   * @return this spec
   */
  public PaperSpec in(String journal) {
    once("journal", Objects.requireNonNull(journal), paper::journal);
    return this;
  }

  /**
   * The condition the study's participants share, a name of the review's choosing.
   *
   * @param condition the condition's name
   * @return this spec
   */
  public PaperSpec condition(String condition) {
    onceMade("condition", () -> Condition.of(condition), paper::condition);
    return this;
  }

  /**
   * The format of the intervention the study evaluated, a name of the review's choosing.
   *
   * @param format the format's name
   * @return this spec
   */
  public PaperSpec format(String format) {
    onceMade("format", () -> InterventionFormat.of(format), paper::format);
    return this;
  }

  /**
   * What the intervention the study evaluated consisted of, in the review's words.
   *
   * @param description the intervention
   * @return this spec
   */
  public PaperSpec intervention(String description) {
    once("intervention", Objects.requireNonNull(description), paper::intervention);
    return this;
  }

  /**
   * How long the intervention lasted, where the study states it.
   *
   * @param duration the duration as the study states it
   * @return this spec
   */
  public PaperSpec duration(String duration) {
    once("duration", Objects.requireNonNull(duration), paper::duration);
    return this;
  }

  /**
   * The stakeholder groups whose views the study reports, by their declared names.
   *
   * @param stakeholders one or more declared stakeholders
   * @return this spec
   */
  public PaperSpec perspective(String... stakeholders) {
    onceMade(
        "perspective",
        () -> Perspective.of(Spec.terms(Stakeholder::of, stakeholders)),
        paper::perspective);
    return this;
  }

  /**
   * Records that the study designates no stakeholder group (as in a bidirectional design), in the
   * review's own words.
   *
   * @param description how the study designates (or does not designate) its participants
   * @return this spec
   */
  public PaperSpec undesignatedPerspective(String description) {
    onceMade("perspective", () -> Perspective.undesignated(description), paper::perspective);
    return this;
  }

  /**
   * A further attribute of the paper, such as its country or setting.
   *
   * @param name the attribute's name
   * @param value its value for this paper
   * @return this spec
   */
  public PaperSpec attribute(String name, String value) {
    Objects.requireNonNull(value);
    once(
        "attribute \"" + Objects.requireNonNull(name) + "\"",
        value,
        v -> paper.putAttributes(name, v));
    return this;
  }

  /**
   * Builds the paper, or records its problems and returns empty.
   *
   * @param declared the review's stakeholders, whose order the perspective takes
   */
  Optional<Paper> build(List<Stakeholder> declared) {
    this.<Perspective>given("perspective")
        .ifPresent(p -> paper.perspective(inDeclaredOrder(p, declared)));
    return built(paper::build);
  }
}
