package org.metaethnography.model;

/** How the concepts that a translation brings together relate to one another. */
public enum TranslationKind {
  /** The concepts are about similar things and can be expressed in one another's terms. */
  RECIPROCAL,
  /** The concepts contradict one another, and the translation explains the contradiction. */
  REFUTATIONAL
}
