/**
 * JMH benchmarks of Attune, each against a baseline in the same run; the figures are in {@code
 * docs/PERFORMANCE.md}.
 */
package org.attune.benchmarks;
