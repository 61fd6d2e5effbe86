/**
 * An AssertJ assertion that a computed table matches its published transcription, for the test
 * suites of reviews and tools: {@link org.metaethnography.core.compare.assertj.TableAssertions} is
 * the entry point. AssertJ is an optional dependency of the library; only this package needs it.
 */
package org.metaethnography.core.compare.assertj;
