/** Runnable scenarios built on Attune: the README's quickstart and the scenarios of the seeds. */
package org.attune.examples;
