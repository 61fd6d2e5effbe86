package org.metaethnography.model;

/**
 * How a study's concepts bear on a key concept: they support it, support it only in part, or refute
 * it. A tick of the key concept grid that records no stance is read as support, the plain meaning
 * of a tick; counts say which stances they count.
 */
public enum Stance {
  /** The study's concepts say what the key concept says. */
  SUPPORTS,
  /** The study's concepts say some of it, or say it with reservations. */
  PARTLY_SUPPORTS,
  /** The study's concepts contradict it. */
  REFUTES
}
