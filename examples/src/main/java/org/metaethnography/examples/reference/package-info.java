/**
 * The reference paper of the library, Embuldeniya et al. (2013), as a review document, and the main
 * job {@link org.metaethnography.examples.reference.ReproducePaper}, which loads it, synthesizes it
 * and reproduces the paper's published tables and figure. {@link
 * org.metaethnography.examples.reference.SimulatedProcess} adds to it the records of a simulated
 * review process that reproduce the paper's published counts; everything else about them is
 * simulated.
 */
package org.metaethnography.examples.reference;
