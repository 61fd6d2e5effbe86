package org.metaethnography.model;

import java.util.Objects;

/**
 * Where in a review something is: the review as a whole, one of its vocabularies' terms, a paper, a
 * study, a raw concept, a key concept, an extraction, a translation, a setting aside, a cell of the
 * key concept grid, a relation of the line of argument, a search, another source or an exclusion
 * reason. A {@link ReviewProblem} is placed by one, and an unresolved reference names the place it
 * refers to, so tools can point at the faulty value without reading messages.
 *
 * <p>Every place {@linkplain #describe() describes} itself the same way in every message: {@code
 * paper [34]}, {@code paper "Sav et al (2013)"}, {@code key concept "Respite"}, {@code grid cell
 * [34] Respite}. A control character in a name is shown as its code point ({@code <U+000D>}), so
 * that a message always reads on one line. Names in places are in Unicode NFC, as the review stores
 * them, so that a place written in either form is the same place.
 */
public sealed interface Place {
  /**
   * How messages name this place.
   *
   * @return the place in words, for example {@code concept "Guilt"}
   */
  String describe();

  /**
   * The place of the review as a whole (its title, its declarations, its totals).
   *
   * @return the place of the review
   */
  static Place review() {
    return Whole.INSTANCE;
  }

  /** The review as a whole. */
  enum Whole implements Place {
    /** The one review. */
    INSTANCE;

    @Override
    public String describe() {
      return "review";
    }
  }

  /**
   * A term of one of the review's open vocabularies: a stakeholder, phase, reviewer, condition,
   * intervention format, exclusion reason or relation kind.
   *
   * @param vocabulary which vocabulary
   * @param name the term's name
   */
  record Term(Vocabulary vocabulary, String name) implements Place {
    /**
     * Checks that neither part is null.
     *
     * @param vocabulary which vocabulary
     * @param name the term's name
     */
    public Term {
      Objects.requireNonNull(vocabulary);
      Objects.requireNonNull(name);
      name = Names.nfc(name);
    }

    @Override
    public String describe() {
      return vocabulary.word() + " \"" + Names.printable(name) + "\"";
    }
  }

  /**
   * An included paper.
   *
   * @param citation the paper's citation, its identity in the review
   */
  record OfPaper(Citation citation) implements Place {
    /**
     * Checks that the citation is not null.
     *
     * @param citation the paper's citation, its identity in the review
     */
    public OfPaper {
      Objects.requireNonNull(citation);
    }

    @Override
    public String describe() {
      return "paper " + citation.inMessages();
    }
  }

  /**
   * A study reported in one or more papers.
   *
   * @param name the study's name
   */
  record OfStudy(String name) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param name the study's name
     */
    public OfStudy {
      Objects.requireNonNull(name);
      name = Names.nfc(name);
    }

    @Override
    public String describe() {
      return "study \"" + Names.printable(name) + "\"";
    }
  }

  /**
   * A raw (first- or second-order) concept.
   *
   * @param name the concept's name
   */
  record OfConcept(String name) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param name the concept's name
     */
    public OfConcept {
      Objects.requireNonNull(name);
      name = Names.nfc(name);
    }

    @Override
    public String describe() {
      return "concept \"" + Names.printable(name) + "\"";
    }
  }

  /**
   * A key concept.
   *
   * @param name the key concept's name
   */
  record OfKeyConcept(String name) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param name the key concept's name
     */
    public OfKeyConcept {
      Objects.requireNonNull(name);
      name = Names.nfc(name);
    }

    @Override
    public String describe() {
      return "key concept \"" + Names.printable(name) + "\"";
    }
  }

  /**
   * A theme grouping key concepts.
   *
   * @param name the theme's name
   */
  record OfTheme(String name) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param name the theme's name
     */
    public OfTheme {
      Objects.requireNonNull(name);
      name = Names.nfc(name);
    }

    @Override
    public String describe() {
      return "theme \"" + Names.printable(name) + "\"";
    }
  }

  /**
   * A third-order interpretation.
   *
   * @param name the interpretation's name
   */
  record OfInterpretation(String name) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param name the interpretation's name
     */
    public OfInterpretation {
      Objects.requireNonNull(name);
      name = Names.nfc(name);
    }

    @Override
    public String describe() {
      return "interpretation \"" + Names.printable(name) + "\"";
    }
  }

  /**
   * What a relation of the line of argument names at one of its ends: a key concept, a theme or an
   * interpretation of that name.
   *
   * @param name the name
   */
  record OfNode(String name) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param name the name
     */
    public OfNode {
      Objects.requireNonNull(name);
      name = Names.nfc(name);
    }

    @Override
    public String describe() {
      return "\"" + Names.printable(name) + "\"";
    }
  }

  /**
   * The extraction of a raw concept from a paper.
   *
   * @param concept the raw concept's name
   * @param paper the paper's citation
   */
  record OfExtraction(String concept, Citation paper) implements Place {
    /**
     * Checks that neither part is null.
     *
     * @param concept the raw concept's name
     * @param paper the paper's citation
     */
    public OfExtraction {
      Objects.requireNonNull(concept);
      Objects.requireNonNull(paper);
      concept = Names.nfc(concept);
    }

    @Override
    public String describe() {
      return "extraction of concept \""
          + Names.printable(concept)
          + "\" from paper "
          + paper.inMessages();
    }
  }

  /**
   * The translation of raw concepts into a key concept.
   *
   * @param keyConcept the key concept's name
   */
  record OfTranslation(String keyConcept) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param keyConcept the key concept's name
     */
    public OfTranslation {
      Objects.requireNonNull(keyConcept);
      keyConcept = Names.nfc(keyConcept);
    }

    @Override
    public String describe() {
      return "translation into \"" + Names.printable(keyConcept) + "\"";
    }
  }

  /**
   * The setting aside of a raw concept.
   *
   * @param concept the raw concept's name
   */
  record OfSetAside(String concept) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param concept the raw concept's name
     */
    public OfSetAside {
      Objects.requireNonNull(concept);
      concept = Names.nfc(concept);
    }

    @Override
    public String describe() {
      return "setting aside of concept \"" + Names.printable(concept) + "\"";
    }
  }

  /**
   * Where the review says a raw concept goes: the translations that name it and its setting aside.
   * A front end rejects this place when a translation or setting aside that names the concept is
   * rejected, so that the concept is not reported again as untranslated.
   *
   * @param concept the raw concept's name
   */
  record TranslationOf(String concept) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param concept the raw concept's name
     */
    public TranslationOf {
      Objects.requireNonNull(concept);
      concept = Names.nfc(concept);
    }

    @Override
    public String describe() {
      return "translation of concept \"" + Names.printable(concept) + "\"";
    }
  }

  /**
   * A cell of the key concept grid.
   *
   * @param paper the paper's citation
   * @param keyConcept the key concept's name
   */
  record Cell(Citation paper, String keyConcept) implements Place {
    /**
     * Checks that neither part is null.
     *
     * @param paper the paper's citation
     * @param keyConcept the key concept's name
     */
    public Cell {
      Objects.requireNonNull(paper);
      Objects.requireNonNull(keyConcept);
      keyConcept = Names.nfc(keyConcept);
    }

    @Override
    public String describe() {
      return "grid cell " + paper.inMessages() + " " + Names.printable(keyConcept);
    }
  }

  /**
   * A relation of the line of argument.
   *
   * @param source the name of the key concept, theme or interpretation it starts at
   * @param kind the relation's kind (its verb)
   * @param target the name of the key concept, theme or interpretation it ends at
   */
  record OfRelation(String source, String kind, String target) implements Place {
    /**
     * Checks that no part is null.
     *
     * @param source the name of the key concept, theme or interpretation it starts at
     * @param kind the relation's kind (its verb)
     * @param target the name of the key concept, theme or interpretation it ends at
     */
    public OfRelation {
      Objects.requireNonNull(source);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(target);
      source = Names.nfc(source);
      kind = Names.nfc(kind);
      target = Names.nfc(target);
    }

    @Override
    public String describe() {
      return "relation "
          + Names.printable(source)
          + " --"
          + Names.printable(kind)
          + "--> "
          + Names.printable(target);
    }
  }

  /**
   * The review's declaration of one of its vocabularies, for example its list of stakeholders.
   *
   * @param vocabulary which vocabulary is declared
   */
  record Declaration(Vocabulary vocabulary) implements Place {
    /**
     * Checks that the vocabulary is not null.
     *
     * @param vocabulary which vocabulary is declared
     */
    public Declaration {
      Objects.requireNonNull(vocabulary);
    }

    @Override
    public String describe() {
      return "declaration of " + vocabulary.word() + "s";
    }
  }

  /** The line of argument as a whole (its statement and note). */
  enum Argument implements Place {
    /** The review's one line of argument. */
    INSTANCE;

    @Override
    public String describe() {
      return "line of argument";
    }
  }

  /**
   * A literature search.
   *
   * @param name the search's name
   */
  record OfSearch(String name) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param name the search's name
     */
    public OfSearch {
      Objects.requireNonNull(name);
      name = Names.nfc(name);
    }

    @Override
    public String describe() {
      return "search \"" + Names.printable(name) + "\"";
    }
  }

  /**
   * A source of papers other than a database search, such as citation chasing or experts.
   *
   * @param name the source's name
   */
  record OfSource(String name) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param name the source's name
     */
    public OfSource {
      Objects.requireNonNull(name);
      name = Names.nfc(name);
    }

    @Override
    public String describe() {
      return "source \"" + Names.printable(name) + "\"";
    }
  }

  /**
   * A record found by the searches (a title and abstract, later a full text), by its identifier.
   *
   * @param id the record's identifier
   */
  record OfRecord(String id) implements Place {
    /**
     * Checks that the identifier is not null.
     *
     * @param id the record's identifier
     */
    public OfRecord {
      Objects.requireNonNull(id);
      id = Names.nfc(id);
    }

    @Override
    public String describe() {
      return "record \"" + Names.printable(id) + "\"";
    }
  }

  /**
   * An appraisal form the review declares.
   *
   * @param name the form's name
   */
  record OfForm(String name) implements Place {
    /**
     * Checks that the name is not null.
     *
     * @param name the form's name
     */
    public OfForm {
      Objects.requireNonNull(name);
      name = Names.nfc(name);
    }

    @Override
    public String describe() {
      return "appraisal form \"" + Names.printable(name) + "\"";
    }
  }

  /**
   * The tally of papers excluded at quality appraisal for one reason.
   *
   * @param reason the reason's name
   */
  record OfExclusion(String reason) implements Place {
    /**
     * Checks that the reason is not null.
     *
     * @param reason the reason's name
     */
    public OfExclusion {
      Objects.requireNonNull(reason);
      reason = Names.nfc(reason);
    }

    @Override
    public String describe() {
      return "exclusion reason \"" + Names.printable(reason) + "\"";
    }
  }

  /**
   * A value not (yet) placed in a review, such as a perspective or a piece of evidence built on its
   * own. A front end that builds it for a part of a review places its problems there, keeping what
   * the value is in the detail ({@code paper [3]: perspective: must name at least one
   * stakeholder}).
   *
   * @param what what the value is, for example {@code "perspective"}; empty for a value whose
   *     problems say what it is themselves, such as a name
   */
  record Detached(String what) implements Place {
    /**
     * Checks that the description is not null.
     *
     * @param what what the value is, for example {@code "perspective"}; empty for a value whose
     *     problems say what it is themselves, such as a name
     */
    public Detached {
      Objects.requireNonNull(what);
    }

    @Override
    public String describe() {
      return Names.printable(what);
    }
  }

  /** The open vocabularies a review declares or its papers use. */
  enum Vocabulary {
    /** Kinds of participant whose perspectives papers report. */
    STAKEHOLDER("stakeholder"),
    /** Phases of the conceptual model. */
    PHASE("phase"),
    /** The people who extract concepts. */
    REVIEWER("reviewer"),
    /** Conditions of the papers' participants. */
    CONDITION("condition"),
    /** Formats of the papers' interventions. */
    FORMAT("format"),
    /** Reasons for exclusion at quality appraisal. */
    EXCLUSION_REASON("exclusion reason"),
    /** Kinds of relation of the line of argument (its verbs). */
    RELATION_KIND("relation kind");

    private final String word;

    Vocabulary(String word) {
      this.word = word;
    }

    /**
     * How messages name a term of this vocabulary.
     *
     * @return the vocabulary's word, for example {@code "stakeholder"}
     */
    public String word() {
      return word;
    }
  }
}
