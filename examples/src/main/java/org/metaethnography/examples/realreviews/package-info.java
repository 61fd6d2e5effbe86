/**
 * Published meta-syntheses of other shapes than the reference paper's, encoded through the public
 * fluent API with nothing invented: {@link
 * org.metaethnography.examples.realreviews.MedicationBurdenReview} cites its studies by author and
 * year, evaluates no intervention, has no phases and names several participant types.
 */
package org.metaethnography.examples.realreviews;
