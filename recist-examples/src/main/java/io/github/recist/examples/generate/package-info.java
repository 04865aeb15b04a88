/**
 * Synthetic {@code recist-case/1} files: reproducible, plausible subjects for benchmarks, property
 * tests and demonstrations ({@code recist generate}).
 */
package io.github.recist.examples.generate;
