/**
 * JMH benchmarks of Attune, each measured side by side with a baseline in the same run; the figures
 * and the commands are in {@code docs/PERFORMANCE.md}.
 */
package org.attune.benchmarks;
