package org.metaethnography.core;

import static org.metaethnography.model.ReviewProblem.Rule.INCOMPLETE_DESCRIPTION;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.AppraisalForm;
import org.metaethnography.model.AppraisalRecord;
import org.metaethnography.model.AuthorYear;
import org.metaethnography.model.Citation;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Extractions;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.Interpretation;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.InvalidValueException;
import org.metaethnography.model.LineOfArgument;
import org.metaethnography.model.OtherSource;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Place;
import org.metaethnography.model.Relation;
import org.metaethnography.model.RelationKind;
import org.metaethnography.model.Review;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.ReviewProblem;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.SearchRecord;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Study;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Synthesis;

/**
 * Describes a review step by step, in the words of the method, and builds it. Obtain one from
 * {@link MetaEthnography#review(String)}. It is a front end of the model's {@link ReviewDraft}: it
 * only collects facts, and the model checks them.
 *
 * <p>Only what identifies a thing is required (a paper's citation, a concept's name); everything
 * else is described where the review reports it and stays absent where it does not. Nothing is
 * thrown while the review is described: each problem (a count that grows from one stage to the
 * next, an attribute set twice, a reference to an undeclared stakeholder, ...) is recorded, and
 * {@link #build()} reports all of them together in one {@link InvalidReviewException}, each with
 * its place, its rule and the offending value. The order in which papers, key concepts and searches
 * are described is kept as their presentation order.
 *
 * <pre>{@code
 * Review review = MetaEthnography.review("Carers' experience of respite care")
 *     .stakeholders("Carers", "Staff")
 *     .phases("During respite", "After respite")
 *     .search("Dementia", 812, 64, 9, 4)
 *     .exclusion("Lacked qualitative data", 5)
 *     .paper(12, p -> p.by("Okafor N", "Lind S").year(2019).titled("Respite and the carer")
 *         .in("J Adv Nurs").condition("Dementia").format("Day care")
 *         .intervention("Weekly day care for 12 weeks").perspective("Carers"))
 *     .keyConcept("Respite", k -> k.definedAs("Time away from caring that restores the carer")
 *         .phase("During respite").concerns("Carers"))
 *     .grid(12, "Respite")
 *     .build();
 * }</pre>
 */
public final class ReviewBuilder {
  private final ReviewDraft draft;
  private final Review.Builder facts;
  private final List<String> declared = new ArrayList<>();
  private ImmutableList<Stakeholder> stakeholders = ImmutableList.of();
  private ImmutableList<Phase> phases = ImmutableList.of();
  private final LineOfArgument.Builder argument = LineOfArgument.builder();
  private final Spec line;
  private final List<PaperSpec> papers = new ArrayList<>();
  private final List<KeyConceptSpec> keyConcepts = new ArrayList<>();
  private final List<ConceptSpec> concepts = new ArrayList<>();
  private final List<ExtractionSpec> extractions = new ArrayList<>();

  /** Where each described extraction goes among those found plainly. */
  private final List<Integer> describedAt = new ArrayList<>();

  /** The extractions found plainly (a concept and a paper number, nothing more), as columns. */
  private final Extractions.Builder plainlyFound = Extractions.builder();

  private final List<SearchSpec> searches = new ArrayList<>();
  private final List<RecordSpec> records = new ArrayList<>();
  private final List<AppraisalForm> forms = new ArrayList<>();
  private final List<ThemeSpec> themes = new ArrayList<>();
  private final List<PaperSpec> byAuthorYear = new ArrayList<>();
  private int authorYearPapers;
  private boolean built;

  ReviewBuilder(String title) {
    this.draft = ReviewDraft.titled(Objects.requireNonNull(title));
    this.facts = draft.facts();
    this.line = new Spec(draft, Place.Argument.INSTANCE) {};
  }

  /**
   * Declares the stakeholder groups the review distinguishes, for example {@code
   * stakeholders("Patients", "Carers")}. Declared once.
   *
   * @param names the stakeholders' names
   * @return this builder
   */
  public ReviewBuilder stakeholders(String... names) {
    open();
    declare(Place.Vocabulary.STAKEHOLDER, names, Stakeholder::of).ifPresent(s -> stakeholders = s);
    return this;
  }

  /**
   * Declares the phases of the conceptual model, for example {@code phases("During", "After")}.
   * Declared once; a review without phases declares none.
   *
   * @param names the phases' names
   * @return this builder
   */
  public ReviewBuilder phases(String... names) {
    open();
    declare(Place.Vocabulary.PHASE, names, Phase::of).ifPresent(p -> phases = p);
    return this;
  }

  /**
   * Declares the reviewers who extract concepts, for example {@code reviewers("AO", "SL")}.
   * Declared once; a review that does not name its reviewers declares none.
   *
   * @param names the reviewers' names
   * @return this builder
   */
  public ReviewBuilder reviewers(String... names) {
    open();
    declare(Place.Vocabulary.REVIEWER, names, Reviewer::of).ifPresent(facts::addAllReviewers);
    return this;
  }

  /**
   * Declares the kinds of relation (the verbs) the line of argument uses, for example {@code
   * relationKinds("prompts", "risks")}, so that a misspelt verb is a problem. Declared once.
   *
   * @param names the verbs
   * @return this builder
   */
  public ReviewBuilder relationKinds(String... names) {
    open();
    declare(Place.Vocabulary.RELATION_KIND, names, RelationKind::of)
        .ifPresent(facts::addAllRelationKinds);
    return this;
  }

  /**
   * Describes a theme: a group of key concepts under one higher-order interpretation.
   *
   * @param name the theme's name, distinct from every key concept's and interpretation's
   * @param description the key concepts it groups and its definition; see {@link ThemeSpec}
   * @return this builder
   */
  public ReviewBuilder theme(String name, Consumer<ThemeSpec> description) {
    open();
    ThemeSpec spec = new ThemeSpec(draft, Objects.requireNonNull(name));
    description.accept(spec);
    themes.add(spec);
    return this;
  }

  /**
   * States a third-order interpretation, a node the line of argument may relate.
   *
   * @param name a short name by which relations refer to it, distinct from every key concept's and
   *     theme's
   * @param statement the interpretation in the reviewers' words
   * @return this builder
   */
  public ReviewBuilder interpretation(String name, String statement) {
    open();
    add(
        new Place.OfInterpretation(name),
        () -> Interpretation.of(name, statement),
        facts::addInterpretations);
    return this;
  }

  private <T> Optional<ImmutableList<T>> declare(
      Place.Vocabulary vocabulary, String[] names, Function<String, T> of) {
    Place place = new Place.Declaration(vocabulary);
    String list = String.join(", ", names);
    if (declared.contains(vocabulary.word())) {
      // The first declaration stands; only the names of the second are rejected, so that using
      // one of them is not reported again, while a name in neither still is.
      draft.reject(
          ReviewProblem.of(
              place,
              INCOMPLETE_DESCRIPTION,
              String.format(
                  "%ss are declared twice; the second time as [%s]", vocabulary.word(), list)),
          Arrays.stream(names).map(name -> (Place) new Place.Term(vocabulary, name)).toList());
      return Optional.empty();
    }
    declared.add(vocabulary.word());
    return draft.attempt(place, () -> Spec.terms(of, names));
  }

  /**
   * Records a literature search with the records it kept at each of the four stages.
   *
   * @param name the search's name, unique within the review
   * @param abstractsReviewed titles and abstracts screened
   * @param articlesRetrieved full texts retrieved
   * @param articlesAppraised articles that went to quality appraisal
   * @param articlesIncluded articles included in the synthesis
   * @return this builder
   */
  public ReviewBuilder search(
      String name,
      int abstractsReviewed,
      int articlesRetrieved,
      int articlesAppraised,
      int articlesIncluded) {
    open();
    return search(
        name,
        s ->
            s.abstractsReviewed(abstractsReviewed)
                .articlesRetrieved(articlesRetrieved)
                .articlesAppraised(articlesAppraised)
                .articlesIncluded(articlesIncluded));
  }

  /**
   * Records a literature search with the records it kept at the stages the review reports.
   *
   * @param name the search's name, unique within the review
   * @param description the counts it reports; see {@link SearchSpec}
   * @return this builder
   */
  public ReviewBuilder search(String name, Consumer<SearchSpec> description) {
    open();
    SearchSpec spec = new SearchSpec(draft, Objects.requireNonNull(name));
    description.accept(spec);
    searches.add(spec);
    return this;
  }

  /**
   * Records a source of papers other than a database search (citation chasing, hand searching,
   * experts), with what it found and included where the review reports them.
   *
   * @param name the source's name, unique among the review's sources
   * @param found the records it found, if reported
   * @param included the papers from it included, if reported
   * @return this builder
   */
  public ReviewBuilder otherSource(String name, OptionalInt found, OptionalInt included) {
    open();
    add(
        new Place.OfSource(name),
        () -> OtherSource.of(name, found, included),
        facts::addOtherSources);
    return this;
  }

  /**
   * Declares an appraisal form the review's appraisal records use, for example {@link
   * org.metaethnography.model.AppraisalForms#lettsQualitative()}.
   *
   * @param form the form
   * @return this builder
   */
  public ReviewBuilder appraisalForm(AppraisalForm form) {
    open();
    forms.add(Objects.requireNonNull(form));
    facts.addAppraisalForms(form);
    return this;
  }

  /**
   * Records one record of the review process: a title and abstract a search found, and what became
   * of it. A record with the same DOI (or, without DOIs, the same title, letters and digits
   * compared without case) as one recorded before is the same record found again: the searches that
   * found it are added to the first, which keeps its identifier, and the flow counts the duplicate
   * (its steps must be described once, on either).
   *
   * @param id the record's identifier, unique in the review
   * @param description which searches found it and its screenings, appraisal and paper; see {@link
   *     RecordSpec}
   * @return this builder
   */
  public ReviewBuilder record(String id, Consumer<RecordSpec> description) {
    open();
    RecordSpec spec = new RecordSpec(draft, Objects.requireNonNull(id));
    description.accept(spec);
    records.add(spec);
    return this;
  }

  /**
   * Records how many appraised papers quality appraisal excluded for {@code reason}.
   *
   * @param reason the reason, in the review's words
   * @param papers how many papers
   * @return this builder
   */
  public ReviewBuilder exclusion(String reason, int papers) {
    open();
    add(
        new Place.OfExclusion(reason),
        () -> ExclusionTally.of(ExclusionReason.of(reason), papers),
        facts::addExclusions);
    return this;
  }

  /**
   * Describes the included paper the review cites by reference number {@code reference}.
   *
   * @param reference the paper's number in the review's reference list
   * @param description fills in what the review reports of the paper; see {@link PaperSpec}
   * @return this builder
   */
  public ReviewBuilder paper(int reference, Consumer<PaperSpec> description) {
    open();
    Objects.requireNonNull(description);
    return paper(() -> Citation.of(reference), reference, description);
  }

  /**
   * Describes an included paper the review cites by author and year, its label derived from the
   * authors and year given ({@link PaperSpec#by(String...)}, {@link PaperSpec#etAl()}, {@link
   * PaperSpec#year(int)}) the way journals write and disambiguate them ({@link AuthorYear}): {@code
   * "Sav 2012"}, {@code "Chalmers and Thompson 1998"}, {@code "Sav et al. 2013a"} and {@code "Sav
   * et al. 2013b"} for two papers that would share a label, lettered in the order described.
   * Extractions and grid cells name it by that label. A paper without its authors or its year
   * cannot be cited so, which is a problem placed as {@code paper 2 cited by author and year}.
   *
   * @param description fills in what the review reports of the paper, its authors and year
   *     included; see {@link PaperSpec}
   * @return this builder
   */
  public ReviewBuilder paper(Consumer<PaperSpec> description) {
    open();
    Objects.requireNonNull(description);
    PaperSpec spec = new PaperSpec(draft, ++authorYearPapers);
    description.accept(spec);
    papers.add(spec);
    byAuthorYear.add(spec);
    return this;
  }

  /**
   * Describes the included paper the review cites by {@code label}, for example {@code "Sav et al
   * (2013)"}.
   *
   * @param label the paper's citation label, as the review prints it
   * @param description fills in what the review reports of the paper; see {@link PaperSpec}
   * @return this builder
   */
  public ReviewBuilder paper(String label, Consumer<PaperSpec> description) {
    open();
    Objects.requireNonNull(label);
    Objects.requireNonNull(description);
    return paper(() -> Citation.of(label), label, description);
  }

  private ReviewBuilder paper(
      Supplier<Citation> citation, Object given, Consumer<PaperSpec> description) {
    cited(citation, given, () -> "paper")
        .ifPresent(
            c -> {
              PaperSpec spec = new PaperSpec(draft, c);
              description.accept(spec);
              spec.described();
              papers.add(spec);
            });
    return this;
  }

  /**
   * The citation made by {@code make}, or empty after recording why {@code given} is none, placed
   * by the part that gave it ({@code where}, for example {@code grid cell}).
   */
  private Optional<Citation> cited(Supplier<Citation> make, Object given, Supplier<String> where) {
    try {
      return Optional.of(make.get());
    } catch (InvalidValueException refused) {
      // The place is written out only for a citation that has a problem.
      String written = given instanceof String ? "\"" + given + "\"" : given.toString();
      return draft.attempt(
          new Place.Detached(where.get() + " citing " + written),
          () -> {
            throw refused;
          });
    }
  }

  /**
   * Declares a study reported in several included papers, cited by reference number, main report
   * first.
   *
   * @param name the study's name, unique within the review
   * @param reports the reference numbers of its reports
   * @return this builder
   */
  public ReviewBuilder study(String name, int... reports) {
    open();
    add(
        new Place.OfStudy(name),
        () -> Study.of(name, Arrays.stream(reports).mapToObj(Citation::of).toList()),
        facts::addStudies);
    return this;
  }

  /**
   * Declares a study reported in several included papers, cited by label, main report first.
   *
   * @param name the study's name, unique within the review
   * @param reports the citation labels of its reports
   * @return this builder
   */
  public ReviewBuilder study(String name, String... reports) {
    open();
    add(
        new Place.OfStudy(name),
        () -> Study.of(name, Arrays.stream(reports).map(Citation::of).toList()),
        facts::addStudies);
    return this;
  }

  /**
   * Declares a study reported in several included papers, each cited by number or by label, main
   * report first.
   *
   * @param name the study's name, unique within the review
   * @param reports the citations of its reports
   * @return this builder
   */
  public ReviewBuilder study(String name, Citation... reports) {
    open();
    List<Citation> given = List.of(reports);
    add(new Place.OfStudy(name), () -> Study.of(name, given), facts::addStudies);
    return this;
  }

  /**
   * Describes the key concept {@code name}, a column of the grid in the order described.
   *
   * @param name the key concept's name, unique within the review
   * @param description fills in what the review gives of the key concept; see {@link
   *     KeyConceptSpec}
   * @return this builder
   */
  public ReviewBuilder keyConcept(String name, Consumer<KeyConceptSpec> description) {
    open();
    KeyConceptSpec spec = new KeyConceptSpec(draft, Objects.requireNonNull(name));
    description.accept(spec);
    keyConcepts.add(spec);
    return this;
  }

  /**
   * Describes a raw (first- or second-order) concept.
   *
   * @param name the concept's name, unique within the review
   * @param description fills in what the review reports of the concept; see {@link ConceptSpec}
   * @return this builder
   */
  public ReviewBuilder concept(String name, Consumer<ConceptSpec> description) {
    open();
    ConceptSpec spec = new ConceptSpec(draft, Objects.requireNonNull(name));
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
   * @param description who found it, the evidence and the stance; see {@link ExtractionSpec}
   * @return this builder
   */
  public ReviewBuilder found(String concept, int paper, Consumer<ExtractionSpec> description) {
    open();
    Objects.requireNonNull(description);
    return found(concept, () -> Citation.of(paper), paper, description);
  }

  /**
   * Records that the raw concept {@code concept} was found in the paper the review cites by {@code
   * label}.
   *
   * @param concept the raw concept's name
   * @param label the paper's citation label
   * @param description who found it, the evidence and the stance; see {@link ExtractionSpec}
   * @return this builder
   */
  public ReviewBuilder found(String concept, String label, Consumer<ExtractionSpec> description) {
    open();
    Objects.requireNonNull(label);
    Objects.requireNonNull(description);
    return found(concept, () -> Citation.of(label), label, description);
  }

  /**
   * Records that the raw concept {@code concept} was found in the paper with reference number
   * {@code paper}, by reviewers the review does not name and without recorded evidence.
   *
   * @param concept the raw concept's name
   * @param paper the paper's reference number
   * @return this builder
   */
  public ReviewBuilder found(String concept, int paper) {
    open();
    if (paper >= 1) {
      try {
        plainlyFound.add(concept, paper);
        return this;
      } catch (InvalidValueException badName) {
        // Described below, where the problem is recorded at the extraction's place.
      }
    }
    return found(concept, paper, e -> {});
  }

  private ReviewBuilder found(
      String concept,
      Supplier<Citation> citation,
      Object given,
      Consumer<ExtractionSpec> description) {
    Objects.requireNonNull(concept);
    cited(citation, given, () -> "extraction of concept \"" + concept + "\"")
        .ifPresent(
            c -> {
              ExtractionSpec spec = new ExtractionSpec(draft, concept, c);
              description.accept(spec);
              extractions.add(spec);
              describedAt.add(plainlyFound.size());
            });
    return this;
  }

  /**
   * Sets the raw concept {@code concept} aside rather than translating it, for {@code reason}.
   *
   * @param concept the raw concept's name
   * @param reason why it is not translated
   * @return this builder
   */
  public ReviewBuilder setAside(String concept, String reason) {
    open();
    draft
        .attempt(
            new Place.OfSetAside(concept),
            List.of(new Place.TranslationOf(concept)),
            () -> SetAside.of(concept, reason))
        .ifPresent(facts::addSetAside);
    return this;
  }

  /**
   * Adds a relation of the line of argument: {@code from} {@code kind} {@code to}, for example
   * {@code relation("Respite", "restores", "Renewed capacity")}. Each end names a key concept, a
   * theme or a third-order interpretation of the review; the verb is one of the declared {@link
   * #relationKinds(String...) relation kinds}.
   *
   * @param from the key concept, theme or interpretation the relation starts at
   * @param kind the verb, a declared relation kind
   * @param to the key concept, theme or interpretation the relation ends at
   * @return this builder
   */
  public ReviewBuilder relation(String from, String kind, String to) {
    open();
    add(
        new Place.OfRelation(from, kind, to),
        () -> Relation.of(from, kind, to),
        argument::addRelations);
    return this;
  }

  /**
   * States the line of argument in words. Stated once.
   *
   * @param statement the line of argument
   * @return this builder
   */
  public ReviewBuilder lineOfArgument(String statement) {
    open();
    line.once("line of argument", Objects.requireNonNull(statement), argument::statement);
    return this;
  }

  /**
   * Notes where the line of argument comes from, for example that it is a reconstruction; the
   * figures carry the note. Noted once.
   *
   * @param note the note
   * @return this builder
   */
  public ReviewBuilder lineOfArgumentNote(String note) {
    open();
    line.once("line of argument note", Objects.requireNonNull(note), argument::note);
    return this;
  }

  /**
   * Translates the named concepts into the named key concept, without saying whether the
   * translation is reciprocal or refutational, for a review that does not report it.
   *
   * @param keyConcept the key concept's name
   * @param concepts the raw concepts' names
   * @return this builder
   */
  public ReviewBuilder translate(String keyConcept, String... concepts) {
    open();
    translation(
        keyConcept,
        concepts,
        () -> Translation.of(keyConcept, Optional.empty(), Arrays.asList(concepts)));
    return this;
  }

  /**
   * Translates the named concepts into the named key concept.
   *
   * @param keyConcept the key concept's name
   * @param kind reciprocal or refutational
   * @param concepts the raw concepts' names
   * @return this builder
   */
  public ReviewBuilder translate(String keyConcept, TranslationKind kind, String... concepts) {
    open();
    translation(keyConcept, concepts, () -> Translation.of(keyConcept, kind, concepts));
    return this;
  }

  /**
   * Adds the translation {@code make} makes; if it is rejected, the concepts it names are not
   * reported again as untranslated (their {@link Place.TranslationOf} places are rejected with it).
   */
  private void translation(String keyConcept, String[] concepts, Supplier<Translation> make) {
    Objects.requireNonNull(keyConcept, "key concept of a translation");
    Objects.requireNonNull(concepts, "raw concepts of a translation");
    List<Place> named = new ArrayList<>();
    for (String concept : concepts) {
      if (concept != null) {
        named.add(new Place.TranslationOf(concept));
      }
    }
    draft
        .attempt(new Place.OfTranslation(keyConcept), named, make)
        .ifPresent(facts::addTranslations);
  }

  /**
   * Translates the named concepts into the named key concept, made into the concepts of an index
   * paper: the study whose concepts the others are translated into.
   *
   * @param keyConcept the key concept's name
   * @param kind reciprocal or refutational
   * @param indexPaper the citation of the index paper
   * @param concepts the raw concepts' names
   * @return this builder
   */
  public ReviewBuilder translate(
      String keyConcept, TranslationKind kind, Citation indexPaper, String... concepts) {
    open();
    Objects.requireNonNull(indexPaper);
    translation(
        keyConcept,
        concepts,
        () -> Translation.of(keyConcept, kind, indexPaper, Arrays.asList(concepts)));
    return this;
  }

  /**
   * Translates the named concepts into the named key concept, made into the concepts of an index
   * paper, without saying whether the translation is reciprocal or refutational, for a review that
   * names the index paper but not the kind.
   *
   * @param keyConcept the key concept's name
   * @param indexPaper the citation of the index paper
   * @param concepts the raw concepts' names
   * @return this builder
   */
  public ReviewBuilder translate(String keyConcept, Citation indexPaper, String... concepts) {
    open();
    Objects.requireNonNull(indexPaper);
    translation(
        keyConcept,
        concepts,
        () -> Translation.of(keyConcept, Optional.empty(), indexPaper, Arrays.asList(concepts)));
    return this;
  }

  /**
   * Ticks the key concept grid with a stance: the paper with reference number {@code paper}
   * supports, partly supports or refutes each of the named key concepts.
   *
   * @param paper the paper's reference number
   * @param stance the paper's stance towards them
   * @param keyConcepts the key concepts' names
   * @return this builder
   */
  public ReviewBuilder grid(int paper, Stance stance, String... keyConcepts) {
    open();
    Objects.requireNonNull(stance);
    Objects.requireNonNull(keyConcepts);
    return grid(() -> Citation.of(paper), paper, Optional.of(stance), keyConcepts);
  }

  /**
   * Ticks the key concept grid with a stance: the paper the review cites by {@code label} supports,
   * partly supports or refutes each of the named key concepts.
   *
   * @param label the paper's citation label
   * @param stance the paper's stance towards them
   * @param keyConcepts the key concepts' names
   * @return this builder
   */
  public ReviewBuilder grid(String label, Stance stance, String... keyConcepts) {
    open();
    Objects.requireNonNull(label);
    Objects.requireNonNull(stance);
    Objects.requireNonNull(keyConcepts);
    return grid(() -> Citation.of(label), label, Optional.of(stance), keyConcepts);
  }

  /**
   * Ticks the key concept grid: the paper with reference number {@code paper} expresses each of the
   * named key concepts.
   *
   * @param paper the paper's reference number
   * @param keyConcepts the key concepts' names
   * @return this builder
   */
  public ReviewBuilder grid(int paper, String... keyConcepts) {
    open();
    Objects.requireNonNull(keyConcepts);
    return grid(() -> Citation.of(paper), paper, Optional.empty(), keyConcepts);
  }

  /**
   * Ticks the key concept grid: the paper the review cites by {@code label} expresses each of the
   * named key concepts.
   *
   * @param label the paper's citation label
   * @param keyConcepts the key concepts' names
   * @return this builder
   */
  public ReviewBuilder grid(String label, String... keyConcepts) {
    open();
    Objects.requireNonNull(label);
    Objects.requireNonNull(keyConcepts);
    return grid(() -> Citation.of(label), label, Optional.empty(), keyConcepts);
  }

  private ReviewBuilder grid(
      Supplier<Citation> citation, Object given, Optional<Stance> stance, String... keyConcepts) {
    cited(citation, given, () -> "grid cell")
        .ifPresent(
            c -> {
              for (String keyConcept : keyConcepts) {
                add(
                    new Place.Cell(c, keyConcept),
                    () ->
                        stance
                            .map(s -> Incidence.of(c, keyConcept, s))
                            .orElseGet(() -> Incidence.of(c, keyConcept)),
                    facts::addIncidences);
              }
            });
    return this;
  }

  private void open() {
    if (built) {
      throw new IllegalStateException("the review is already built; it can no longer be described");
    }
  }

  private <T> void add(Place place, Supplier<T> make, Consumer<T> into) {
    draft.attempt(place, make).ifPresent(into);
  }

  /**
   * Builds the review described.
   *
   * <p>A part of the description that has problems of its own (a paper with a blank title, say) is
   * left out of the review, and the problems that would only follow from its absence (a grid cell
   * naming that paper) are not reported: each problem is reported once, where it is, by the rule
   * {@link ReviewDraft} states.
   *
   * <p>A builder builds once: describing or building again afterwards throws {@link
   * IllegalStateException}.
   *
   * @return the review
   * @throws InvalidReviewException listing every problem of the description and of the review
   */
  public Review build() {
    if (built) {
      throw new IllegalStateException(
          "the review is already built; describe a new one to build again");
    }
    built = true;
    facts.stakeholders(stakeholders).phases(phases);
    citeByAuthorYear();
    List<SearchRecord> recorded = deduplicated();
    Map<Citation, Appraisal> appraised = AppraisalRecord.summaries(recorded, forms);
    papers.forEach(
        p ->
            p.build()
                .map(
                    paper ->
                        paper.appraisal().isPresent() || !appraised.containsKey(paper.citation())
                            ? paper
                            : Paper.builder()
                                .from(paper)
                                .appraisal(appraised.get(paper.citation()))
                                .build())
                .ifPresent(facts::addPapers));
    keyConcepts.forEach(k -> k.build().ifPresent(facts::addKeyConcepts));
    concepts.forEach(c -> c.build().ifPresent(facts::addConcepts));
    facts.extractions(extractions());
    searches.forEach(s -> s.build().ifPresent(facts::addSearches));
    facts.records(recorded);
    themes.forEach(t -> t.build().ifPresent(facts::addThemes));
    line.built(argument::build).ifPresent(facts::lineOfArgument);
    return draft.build();
  }

  /**
   * The extractions in the order described: those found plainly, held as columns, with the
   * described ones (built now, so that their problems are recorded) between them where they were
   * given.
   */
  private Extractions extractions() {
    Extractions plain = plainlyFound.build();
    if (extractions.isEmpty()) {
      return plain;
    }
    Extractions.Builder all = Extractions.builder();
    int from = 0;
    for (int k = 0; k < extractions.size(); k++) {
      int at = describedAt.get(k);
      all.addAll(plain, from, at);
      extractions.get(k).build().ifPresent(all::add);
      from = at;
    }
    return all.addAll(plain, from, plain.size()).build();
  }

  /**
   * The records described, those found again merged into the first with the same key, which gains
   * the searches that found it again and any steps described only on the duplicate.
   */
  private List<SearchRecord> deduplicated() {
    List<SearchRecord> kept = new ArrayList<>();
    Map<String, Integer> byKey = new HashMap<>();
    Map<String, Integer> byTitle = new HashMap<>();
    for (RecordSpec spec : records) {
      Optional<SearchRecord> built = spec.build();
      if (built.isEmpty()) {
        continue;
      }
      SearchRecord record = built.get();
      Integer at = null;
      if (record.doi().isPresent() || record.titleKey().isPresent()) {
        at = byKey.get(record.key());
        if (at == null && record.titleKey().isPresent()) {
          Integer titled = byTitle.get(record.titleKey().get());
          // Without a DOI on one side, the same title is the same record.
          if (titled != null && (kept.get(titled).doi().isEmpty() || record.doi().isEmpty())) {
            at = titled;
          }
        }
      }
      if (at == null) {
        // A record identified only by its identifier is never merged: a repeated identifier is a
        // problem the review reports.
        if (record.doi().isPresent() || record.titleKey().isPresent()) {
          byKey.putIfAbsent(record.key(), kept.size());
          record.titleKey().ifPresent(t -> byTitle.putIfAbsent(t, kept.size()));
        }
        kept.add(record);
        continue;
      }
      SearchRecord first = kept.get(at);
      boolean firstHasSteps = hasSteps(first);
      if (firstHasSteps && hasSteps(record)) {
        draft.reject(
            ReviewProblem.of(
                spec.place(),
                ReviewProblem.Rule.DUPLICATE,
                record.key(),
                String.format(
                    "is record \"%s\" found again (same %s), and both describe screenings,"
                        + " an appraisal or a paper; describe a record's steps once",
                    first.id(),
                    record.doi().isPresent() && first.doi().isPresent() ? "DOI" : "title")));
        continue;
      }
      SearchRecord steps = firstHasSteps ? first : record;
      SearchRecord merged =
          SearchRecord.builder()
              .from(first)
              .addAllFoundBy(record.foundBy())
              .addAlsoRecordedAs(record.id())
              .addAllAlsoRecordedAs(record.alsoRecordedAs())
              .doi(first.doi().or(record::doi))
              .title(first.title().or(record::title))
              .screenings(steps.screenings())
              .appraisal(steps.appraisal())
              .paper(steps.paper())
              .build();
      kept.set(at, merged);
      if (merged.doi().isPresent()) {
        byKey.putIfAbsent(merged.key(), at);
      }
    }
    return kept;
  }

  private static boolean hasSteps(SearchRecord record) {
    return !record.screenings().isEmpty()
        || record.appraisal().isPresent()
        || record.paper().isPresent();
  }

  /** Derives the labels of the papers cited by author and year, all at once. */
  private void citeByAuthorYear() {
    List<PaperSpec> cited = new ArrayList<>();
    List<AuthorYear> authorYears = new ArrayList<>();
    for (PaperSpec spec : byAuthorYear) {
      spec.authorYear()
          .ifPresent(
              a -> {
                cited.add(spec);
                authorYears.add(a);
              });
    }
    List<String> labels = AuthorYear.labels(authorYears);
    for (int i = 0; i < cited.size(); i++) {
      String label = labels.get(i);
      PaperSpec spec = cited.get(i);
      draft.attempt(spec.place(), () -> Citation.of(label)).ifPresent(spec::citedAs);
    }
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
}
