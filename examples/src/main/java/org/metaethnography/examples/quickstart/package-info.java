/**
 * The README's quick start as a program that compiles and runs: a small review on a topic of its
 * own, built fluently, synthesized, and rendered as tables.
 */
package org.metaethnography.examples.quickstart;
