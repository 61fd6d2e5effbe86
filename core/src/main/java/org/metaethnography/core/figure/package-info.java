/**
 * Figures of a synthesis as text: {@link org.metaethnography.core.figure.ModelFigures} draws the
 * conceptual model (key concepts placed by phase and stakeholder group, linked by the typed
 * relations of the line of argument) as Graphviz DOT and as Mermaid.
 */
package org.metaethnography.core.figure;
