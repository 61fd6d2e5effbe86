/** The review documents the examples keep as resources, and how they are loaded. */
package org.metaethnography.examples.documents;
