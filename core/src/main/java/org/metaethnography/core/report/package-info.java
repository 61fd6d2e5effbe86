/**
 * A review as one standalone HTML file: every table the library renders and every figure, for a
 * review team to read, share and print without any other file or a network. The entry point is
 * {@link org.metaethnography.core.report.ReviewReport}.
 */
package org.metaethnography.core.report;
