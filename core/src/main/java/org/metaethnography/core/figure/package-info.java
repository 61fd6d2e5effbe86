/**
 * Figures of a synthesis. {@link org.metaethnography.core.figure.SvgFigures} draws them as
 * standalone SVG in pure Java: the conceptual model (key concepts placed by phase and stakeholder
 * group, linked by the relations of the line of argument, laid out by the Eclipse Layout Kernel),
 * the key concept grid as a heat map, and the flow of records through the searches; {@link
 * org.metaethnography.core.figure.ModelFigures} writes the conceptual model as Graphviz DOT and
 * Mermaid text.
 */
package org.metaethnography.core.figure;
