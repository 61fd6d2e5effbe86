/**
 * The REFI-QDA exchange format (QDA-XML 1.0) that qualitative data analysis tools such as NVivo,
 * ATLAS.ti, MAXQDA and QualCoder share: a review's codebook written as a {@code .qdc} file and the
 * whole review as a {@code .qdpx} project ({@link org.metaethnography.core.refi.RefiQda}), and a
 * codebook made in another tool read back ({@link org.metaethnography.core.refi.CodebookReader})
 * into themes, key concepts, raw concepts and translations that a review takes in ({@link
 * org.metaethnography.core.refi.Codebook#describeInto}).
 */
package org.metaethnography.core.refi;
