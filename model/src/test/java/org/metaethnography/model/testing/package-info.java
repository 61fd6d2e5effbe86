/**
 * Test support shared by every module's tests: QuickTheories generators of valid domain values
 * and whole reviews, built through the public factories so that every invariant check runs.
 */
package org.metaethnography.model.testing;
