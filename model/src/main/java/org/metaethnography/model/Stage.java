package org.metaethnography.model;

/** The stages a literature search passes its records through, in order. */
public enum Stage {
  /** Titles and abstracts screened. */
  ABSTRACTS_REVIEWED,
  /** Full texts retrieved for review. */
  ARTICLES_RETRIEVED,
  /** Articles that went to quality appraisal. */
  ARTICLES_APPRAISED,
  /** Articles included in the synthesis. */
  ARTICLES_INCLUDED;

  /**
   * The stage in lower-case words, as messages name it.
   *
   * @return for example {@code "articles appraised"}
   */
  public String words() {
    return Names.words(this);
  }
}
