/**
 * Slices: the PersonaScore of a run's personas grouped by an attribute of their persona files (age, country, role),
 * each group's mean with an interval, and the gaps between groups that the intervals do not explain
 * ({@link io.github.personagym.slice.Slices}). Configured by {@code personagym.slices}; the method is in
 * {@code docs/method.md}.
 */
package io.github.personagym.slice;
