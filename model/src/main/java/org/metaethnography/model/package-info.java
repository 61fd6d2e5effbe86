/**
 * The vocabulary of a meta-ethnography as immutable, null-free values with equality by value.
 *
 * <p>The root is {@link org.metaethnography.model.Review}: it holds the searches and their counts,
 * the exclusion tallies of quality appraisal, the included {@link org.metaethnography.model.Paper
 * papers}, the open vocabularies the review names ({@link org.metaethnography.model.Stakeholder
 * stakeholders}, {@link org.metaethnography.model.Phase phases}, {@link
 * org.metaethnography.model.Condition conditions}, {@link
 * org.metaethnography.model.InterventionFormat intervention formats}), the first- and second-order
 * {@link org.metaethnography.model.Concept concepts} extracted from the papers, the third-order
 * {@link org.metaethnography.model.KeyConcept key concepts}, the {@link
 * org.metaethnography.model.Translation translations} between them, the {@link
 * org.metaethnography.model.Extractions extractions} that say which concepts were found in which
 * papers (stored as columns of indices, so that a review of millions of them fits in memory) and
 * the key concept grid ({@link org.metaethnography.model.Incidence}). Each value checks its own
 * invariants when it is built; the review checks everything that spans values and reports every
 * violation at once in an {@link org.metaethnography.model.InvalidReviewException}.
 */
@DomainStyle
package org.metaethnography.model;
