/**
 * The spreadsheets a review team keeps (the included studies, the extraction sheet, the key concept
 * grid, the translation table, and the screening log and appraisal sheet of the review process),
 * read and written as CSV, and CSV tables read for comparison with computed ones. {@link
 * org.metaethnography.core.sheet.Spreadsheets} is the entry point; problems are reported all at
 * once with their file, row and column ({@link
 * org.metaethnography.core.sheet.InvalidSheetException}).
 */
package org.metaethnography.core.sheet;
