/**
 * Review documents: a whole review as a JSON file that loads back equal ({@link
 * org.metaethnography.core.document.ReviewDocuments}), with the presentation a published review
 * needs ({@link org.metaethnography.core.document.ReviewDocument}), every problem of a document
 * reported at once with its JSON Pointer ({@link
 * org.metaethnography.core.document.InvalidDocumentException}), and explicit limits against hostile
 * input ({@link org.metaethnography.core.document.DocumentLimits}).
 */
package org.metaethnography.core.document;
