/**
 * JMH benchmarks of the synthesis: building, counting and merging key concept grids and
 * aggregating raw concepts over reviews far larger than published ones. Run them with {@code
 * ./mvnw -q -pl examples -am test-compile exec:exec@benchmarks}.
 */
package org.metaethnography.examples.benchmark;
