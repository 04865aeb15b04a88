/**
 * The {@code recist} command line: {@code assess}, {@code validate}, {@code demo} and {@code
 * generate}, built with picocli and packaged as {@code recist-examples/target/recist.jar}.
 *
 * <p>{@link io.github.recist.examples.cli.Recist#run} runs a command in-process on given streams,
 * the same path as the jar's {@code main}, so tests and fuzzers exercise exactly what users run.
 * Exit status: 0 success, 2 invalid input (then nothing on standard output), 1 internal failure.
 */
package io.github.recist.examples.cli;
