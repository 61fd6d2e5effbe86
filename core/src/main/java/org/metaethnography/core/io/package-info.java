/**
 * Files: writing the text of tables, figures and documents so that no reader sees a half-written
 * file, failures leave nothing behind, and files get the permissions the user expects ({@link
 * org.metaethnography.core.io.OutputFiles}).
 */
package org.metaethnography.core.io;
