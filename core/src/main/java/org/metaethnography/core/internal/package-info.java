/**
 * Machinery shared by the renderers of {@code core}; not exported by the module and not part of the
 * API.
 */
package org.metaethnography.core.internal;
