/**
 * The command-line tool ({@link org.metaethnography.examples.cli.MetaEthnographyCli}): validate a
 * review document, write its tables and figures, reproduce the reference paper; packaged as one
 * runnable jar, {@code examples/target/metaethnography.jar}.
 */
package org.metaethnography.examples.cli;
