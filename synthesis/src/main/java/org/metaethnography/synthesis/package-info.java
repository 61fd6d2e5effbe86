/**
 * What a review's evidence adds up to, computed as pure functions of the review.
 *
 * <p>The entry point is {@link org.metaethnography.synthesis.Synthesis#of(
 * org.metaethnography.model.Review)}, which holds every computed view: the {@link
 * org.metaethnography.synthesis.ConceptGrid key concept grid} (papers by key concepts, backed by
 * bit sets), the {@link org.metaethnography.synthesis.ReviewFlow review flow} with its totals, the
 * {@link org.metaethnography.synthesis.ExclusionSummary exclusion tallies} and {@link
 * org.metaethnography.synthesis.PaperGroups groupings of papers} by any attribute. Results are
 * immutable and deterministic in order; the ones that are counts merge, so partial results over
 * disjoint papers or searches combine into the result over all of them. Each view is computed when
 * first asked for.
 *
 * <p>For corpora held as index arrays, {@link org.metaethnography.synthesis.PairCounts} counts
 * papers per group and key concept straight from (paper, raw concept) pairs, on one thread or
 * several.
 */
@SynthesisStyle
package org.metaethnography.synthesis;
