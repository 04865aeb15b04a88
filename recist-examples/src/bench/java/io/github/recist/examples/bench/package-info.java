/**
 * JMH benchmarks of the engine and the command line, compiled only with the Maven profile {@code
 * bench}:
 *
 * <pre>
 * mvn -q -Pbench -DskipTests package
 * java -jar recist-examples/target/benchmarks.jar -prof gc
 * </pre>
 *
 * <ul>
 *   <li>{@link VisitClassificationBenchmark}: one visit's classification (Rules R5–R9);
 *   <li>{@link SubjectAssessmentBenchmark}: one subject's full assessment, 13 visits, 5 targets, 3
 *       non-targets, with confirmed best overall response (R4–R13), measured per subject-visit;
 *       and under iRECIST (R14) the same subject, a subject whose iUPD run resets and one whose
 *       progression is confirmed (iCPD);
 *   <li>{@link EngineCpuTime} (a main, not a benchmark): the CPU time per subject-visit of the
 *       subjects of {@link SubjectAssessmentBenchmark}, on the thread's own clock, to compare
 *       builds on a shared machine;
 *   <li>{@link EngineSideBySide} (a main): two builds' benchmarks jars side by side in one JVM,
 *       each in a class loader of its own, timed in alternating rounds on the thread's own clock;
 *       the median of the rounds' paired ratios compares builds to a few per cent on a shared
 *       machine;
 *   <li>{@link ReaderCpuTime} (a main): the CPU time and the bytes allocated per subject of
 *       reading a generated case file into the model and checking it, on one thread, as above;
 *   <li>{@link CohortBenchmark}: 100,000 generated subjects through the in-memory API, on 1 and 2
 *       threads;
 *   <li>{@link AssessCommandBenchmark}: {@code recist assess} from the bytes of a generated file to
 *       the bytes of its result, on 1 and 2 threads, in MB of input per second.
 * </ul>
 *
 * <p>Every state class builds its data once, at trial set-up, from {@link BenchmarkData}.
 */
package io.github.recist.examples.bench;
