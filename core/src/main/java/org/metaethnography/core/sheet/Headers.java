package org.metaethnography.core.sheet;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The headers of one sheet in a team's own words: each maps to the column it names (a standard
 * column, a key concept, a paper's citation or an attribute). Headers are matched as words: case,
 * surrounding whitespace and runs of whitespace do not matter.
 */
final class Headers {
  /** The column each header in the team's words names, by the header as a word. */
  private final ImmutableMap<String, String> columns;

  /** The header in the team's words of each column it names. */
  private final ImmutableMap<String, String> written;

  Headers(Map<String, String> headers) {
    ImmutableMap.Builder<String, String> columns = ImmutableMap.builder();
    ImmutableMap.Builder<String, String> written = ImmutableMap.builder();
    headers.forEach(
        (header, column) -> {
          columns.put(Cells.word(header), column);
          written.put(column, header);
        });
    this.columns = columns.buildKeepingLast();
    this.written = written.buildKeepingLast();
  }

  /** The header that names {@code column} in the team's words, or the column's own name. */
  String written(String column) {
    return written.getOrDefault(column, column);
  }

  /** The column {@code header} names: the one it is mapped to, or the header itself. */
  String column(String header) {
    return columns.getOrDefault(Cells.word(header), header.strip());
  }
}
