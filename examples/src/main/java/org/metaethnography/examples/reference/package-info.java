/**
 * The reference paper of the library, Embuldeniya et al. (2013), as a dataset: {@link
 * org.metaethnography.examples.reference.PeerSupportReview} describes its searches, exclusions,
 * included papers, key concepts and key concept grid through the public fluent API. The main job
 * {@code ReproducePaper} synthesizes that review and reproduces the paper's published tables.
 */
package org.metaethnography.examples.reference;
