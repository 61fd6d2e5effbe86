package org.metaethnography.core;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.metaethnography.model.Author;
import org.metaethnography.model.Condition;
import org.metaethnography.model.Intervention;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
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
          String.format(
              "attribute \"%s\" is set twice, first to \"%s\" and then to \"%s\"",
              name, earlier, value));
    }
    return this;
  }

  /** Builds the paper, or records every problem and returns empty. */
  Optional<Paper> build() {
    required("authors", authors);
    Optional<Intervention> intervention = intervention();
    required("perspective", perspective);
    required("year", year);
    required("title", title);
    required("journal", journal);
    if (!problems().isEmpty()) {
      return Optional.empty();
    }
    return attempt(
        () ->
            Paper.builder()
                .reference(reference)
                .authors(authors.get())
                .etAl(etAl)
                .year(year.get())
                .title(title.get())
                .journal(journal.get())
                .intervention(intervention.get())
                .perspective(perspective.get())
                .attributes(attributes)
                .build());
  }

  private Optional<Intervention> intervention() {
    Optional<String> c = required("condition", condition);
    Optional<String> f = required("format", format);
    Optional<String> d = required("intervention", description);
    if (c.isEmpty() || f.isEmpty() || d.isEmpty()) {
      return Optional.empty();
    }
    return attempt(
        () ->
            Intervention.builder()
                .condition(Condition.of(c.get()))
                .format(InterventionFormat.of(f.get()))
                .description(d.get())
                .duration(duration)
                .build());
  }

  private static ImmutableList<Author> parse(String... names) {
    ImmutableList.Builder<Author> parsed = ImmutableList.builder();
    for (String name : names) {
      parsed.add(Author.parse(name));
    }
    return parsed.build();
  }
}
