/**
 * Checking a computed table against the published one it reproduces: every differing cell, every
 * missing or extra row and column, rows and columns out of order and repeated row keys, reported at
 * once. {@link org.metaethnography.core.compare.TableComparison#of} is the entry point; {@link
 * org.metaethnography.core.compare.Equivalences} declares what the comparison treats as the same
 * (the row key, tick marks, whitespace, case, renamed columns, order).
 */
package org.metaethnography.core.compare;
