package org.metaethnography.core;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.Author;
import org.metaethnography.model.AuthorYear;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Condition;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.InvalidValueException;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.Score;
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
  /** The paper being described; let go once the paper is made (see {@link #described()}). */
  private Paper.Builder paper = Paper.builder();

  /** The paper made when its description ended, or the problems that stopped it being made. */
  private Paper made;

  private InvalidValueException refused;

  private boolean etAl;
  private boolean cited;

  PaperSpec(ReviewDraft draft, Citation citation) {
    super(draft, new Place.OfPaper(citation));
    citedAs(citation);
  }

  /** A paper cited by a label of author and year, derived when the review is built. */
  PaperSpec(ReviewDraft draft, int index) {
    super(draft, new Place.Detached("paper " + index + " cited by author and year"));
  }

  /**
   * The paper's author and year, from which its label is derived, or empty after recording why they
   * are missing.
   */
  Optional<AuthorYear> authorYear() {
    Optional<List<Author>> authors = given("authors");
    Optional<Integer> year = given("year");
    if (authors.isEmpty() || authors.get().isEmpty() || year.isEmpty()) {
      if (!draft().isRejected(place())) {
        problem("a paper cited by author and year needs its authors and its year");
      }
      return Optional.empty();
    }
    return Optional.of(AuthorYear.of(authors.get(), etAl, year.get()));
  }

  /** Cites the paper by the label derived for it. */
  void citedAs(Citation citation) {
    builder().citation(citation);
    cited = true;
  }

  /**
   * The authors, in byline order, each written {@code "Surname Initials"} as in a Vancouver
   * reference list.
   *
   * @param authors the authors
   * @return this spec
   */
  public PaperSpec by(String... authors) {
    onceMade("authors", () -> Spec.terms(Author::parse, authors), builder()::authors);
    return this;
  }

  /**
   * Records the paper's authors as made already, in the order of the reference list: for an author
   * whose written form would read back otherwise (a corporate author such as {@code Department of
   * Health UK}, whose last word looks like initials).
   *
   * @param authors the authors
   * @return this spec
   */
  public PaperSpec authors(List<Author> authors) {
    List<Author> given = List.copyOf(authors);
    onceMade("authors", () -> given, builder()::authors);
    return this;
  }

  /**
   * Records that the reference list abbreviates further authors with "et al." (saying so twice says
   * it once).
   *
   * @return this spec
   */
  public PaperSpec etAl() {
    etAl = true;
    builder().etAl(true);
    return this;
  }

  /**
   * The year of publication.
   *
   * @param year four digits
   * @return this spec
   */
  public PaperSpec year(int year) {
    once("year", year, builder()::year);
    return this;
  }

  /**
   * The title.
   *
   * @param title the paper's title
   * @return this spec
   */
  public PaperSpec titled(String title) {
    once("title", Objects.requireNonNull(title), builder()::title);
    return this;
  }

  /**
   * The journal or other source that published the paper.
   *
   * @param journal the journal
   * @return this spec
   */
  public PaperSpec in(String journal) {
    once("journal", Objects.requireNonNull(journal), builder()::journal);
    return this;
  }

  /**
   * The condition the study's participants share, a name of the review's choosing.
   *
   * @param condition the condition's name
   * @return this spec
   */
  public PaperSpec condition(String condition) {
    onceMade("condition", () -> Condition.of(condition), builder()::condition);
    return this;
  }

  /**
   * The format of the intervention the study evaluated, a name of the review's choosing.
   *
   * @param format the format's name
   * @return this spec
   */
  public PaperSpec format(String format) {
    onceMade("format", () -> InterventionFormat.of(format), builder()::format);
    return this;
  }

  /**
   * What the intervention the study evaluated consisted of, in the review's words.
   *
   * @param description the intervention
   * @return this spec
   */
  public PaperSpec intervention(String description) {
    once("intervention", Objects.requireNonNull(description), builder()::intervention);
    return this;
  }

  /**
   * How long the intervention lasted, where the study states it.
   *
   * @param duration the duration as the study states it
   * @return this spec
   */
  public PaperSpec duration(String duration) {
    once("duration", Objects.requireNonNull(duration), builder()::duration);
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
        builder()::perspective);
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
    onceMade("perspective", () -> Perspective.undesignated(description), builder()::perspective);
    return this;
  }

  /**
   * A further attribute of the paper, such as its country or setting, with one value or several
   * (the countries of a multi-site study).
   *
   * @param name the attribute's name
   * @param values its values for this paper, in order; at least one
   * @return this spec
   */
  public PaperSpec attribute(String name, String... values) {
    Objects.requireNonNull(name);
    List<String> given = Arrays.asList(values.clone());
    given.forEach(Objects::requireNonNull);
    if (given.isEmpty()) {
      problem(String.format("attribute \"%s\" is given no value", name));
      return this;
    }
    once(
        "attribute \"" + name + "\"",
        given.size() == 1 ? given.get(0) : given,
        v -> builder().putAllAttributes(name, given));
    return this;
  }

  /**
   * The paper's quality appraisal, as far as the review reports it.
   *
   * @param description the tool, score, category and note; see {@link AppraisalSpec}
   * @return this spec
   */
  public PaperSpec appraisal(Consumer<AppraisalSpec> description) {
    AppraisalSpec spec = new AppraisalSpec(this);
    description.accept(spec);
    onceMade("appraisal", spec::build, builder()::appraisal);
    return this;
  }

  /**
   * Describes a paper's quality appraisal inside {@link PaperSpec#appraisal(Consumer)}; each part
   * is optional and set at most once (setting one twice is a problem of the paper).
   *
   * <pre>{@code
   * .appraisal(a -> a.tool("CASP").score(8, 10).category("Satisfactory"))
   * }</pre>
   */
  public static final class AppraisalSpec {
    private final PaperSpec paper;
    private final Appraisal.Builder appraisal = Appraisal.builder();
    private Optional<Supplier<Score>> score = Optional.empty();

    AppraisalSpec(PaperSpec paper) {
      this.paper = paper;
    }

    /**
     * The appraisal tool.
     *
     * @param tool for example {@code "CASP"}
     * @return this spec
     */
    public AppraisalSpec tool(String tool) {
      paper.once("appraisal tool", Objects.requireNonNull(tool), appraisal::tool);
      return this;
    }

    /**
     * A score out of a maximum.
     *
     * @param score the score
     * @param outOf the maximum
     * @return this spec
     */
    public AppraisalSpec score(long score, long outOf) {
      paper.once(
          "appraisal score",
          score + "/" + outOf,
          s -> this.score = Optional.of(() -> Score.of(score, outOf)));
      return this;
    }

    /**
     * A score as a range, out of a maximum.
     *
     * @param low the lowest value
     * @param high the highest value
     * @param outOf the maximum
     * @return this spec
     */
    public AppraisalSpec scoreBetween(long low, long high, long outOf) {
      paper.once(
          "appraisal score",
          low + "-" + high + "/" + outOf,
          s ->
              this.score =
                  Optional.of(
                      () ->
                          Score.range(
                              BigDecimal.valueOf(low),
                              BigDecimal.valueOf(high),
                              Optional.of(BigDecimal.valueOf(outOf)))));
      return this;
    }

    /**
     * A score of any shape the model allows: decimal values, a range, with or without a maximum,
     * for example {@code score(Score.range(new BigDecimal("7.5"), new BigDecimal("8.5"),
     * Optional.empty()))} for a tool that scores without a maximum.
     *
     * @param score the score
     * @return this spec
     */
    public AppraisalSpec score(Score score) {
      Objects.requireNonNull(score);
      paper.once("appraisal score", score, s -> this.score = Optional.of(() -> s));
      return this;
    }

    /**
     * The category the appraisal puts the paper in.
     *
     * @param category for example {@code "Key paper"}, {@code "Satisfactory"} or {@code "Fatally
     *     flawed"}
     * @return this spec
     */
    public AppraisalSpec category(String category) {
      paper.once("appraisal category", Objects.requireNonNull(category), appraisal::category);
      return this;
    }

    /**
     * A note on the appraisal.
     *
     * @param note the note
     * @return this spec
     */
    public AppraisalSpec note(String note) {
      paper.once("appraisal note", Objects.requireNonNull(note), appraisal::note);
      return this;
    }

    /** Builds the appraisal; its problems (and its score's) are thrown for the paper to place. */
    Appraisal build() {
      score.ifPresent(s -> appraisal.score(s.get()));
      return appraisal.build();
    }
  }

  /** Builds the paper, or records its problems and returns empty. */
  Optional<Paper> build() {
    // A paper to be cited by author and year whose label could not be derived is left out; why is
    // already recorded.
    if (!cited) {
      return Optional.empty();
    }
    if (paper != null) {
      return built(paper::build);
    }
    return built(
        () -> {
          if (refused != null) {
            throw refused;
          }
          return made;
        });
  }

  /**
   * The builder of the paper, while the paper is being described.
   *
   * @throws IllegalStateException once the description has ended
   */
  private Paper.Builder builder() {
    if (paper == null) {
      throw new IllegalStateException(
          place().describe()
              + " is already described; describe a paper inside its"
              + " description");
    }
    return paper;
  }

  /**
   * Makes the paper as soon as its description has ended (for a paper cited by number or label),
   * keeping only the paper or its problems, which {@link #build()} reports in their turn: a review
   * of many papers then holds no paper's builder until it is built.
   */
  void described() {
    if (!cited) {
      return;
    }
    try {
      made = paper.build();
    } catch (InvalidValueException e) {
      refused = e;
    }
    paper = null;
  }
}
