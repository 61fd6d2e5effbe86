/**
 * Agreement between reviewers (inter-rater reliability) at any stage of a review: screening
 * decisions, appraisal answers, concept extraction, by any number of reviewers.
 *
 * <p>Decisions are collected as {@link org.metaethnography.synthesis.agreement.Ratings} (subjects
 * by raters, each cell a category, missing cells allowed), or read from a review's extractions by
 * {@link org.metaethnography.synthesis.agreement.ExtractionRatings}. The entry point {@link
 * org.metaethnography.synthesis.agreement.Agreement#of(
 * org.metaethnography.synthesis.agreement.Ratings)} computes percent and specific agreement,
 * Cohen's kappa, Scott's pi, Fleiss' kappa and Krippendorff's alpha, each a {@link
 * org.metaethnography.synthesis.agreement.Coefficient} that is never NaN and says why where it is
 * undefined. Every statistic is a pure function of the ratings, independent of the order of
 * subjects and raters and of the names of categories.
 */
@AgreementStyle
package org.metaethnography.synthesis.agreement;
