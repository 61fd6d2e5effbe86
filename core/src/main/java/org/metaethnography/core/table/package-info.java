/**
 * The tables a meta-ethnography publishes, computed from a {@link
 * org.metaethnography.synthesis.Synthesis} and rendered as CSV or Markdown. {@link
 * org.metaethnography.core.table.ReviewTables} makes each table; a {@link
 * org.metaethnography.core.table.Table} is plain text cells that render without computing anything
 * new.
 */
package org.metaethnography.core.table;
