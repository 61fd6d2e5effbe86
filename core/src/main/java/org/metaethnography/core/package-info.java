/**
 * The fluent way into the library. {@link org.metaethnography.core.MetaEthnography#review(String)}
 * starts a {@link org.metaethnography.core.ReviewBuilder} that reads like the method: declare the
 * stakeholders and phases, record the searches and exclusions, describe each included paper, the
 * concepts extracted from it, the key concepts and translations, tick the key concept grid, then
 * {@code build()} the review or {@code synthesize()} it. Every problem in what was described is
 * reported at once when the review is built.
 */
package org.metaethnography.core;
