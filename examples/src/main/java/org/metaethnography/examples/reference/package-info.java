/**
 * The reference paper of the library, Embuldeniya et al. (2013), as a review document, and the main
 * job {@link org.metaethnography.examples.reference.ReproducePaper}, which loads it, synthesizes it
 * and reproduces the paper's published tables and figure.
 */
package org.metaethnography.examples.reference;
