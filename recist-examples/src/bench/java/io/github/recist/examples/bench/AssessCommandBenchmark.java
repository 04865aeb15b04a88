package io.github.recist.examples.bench;

import io.github.recist.examples.cli.Recist;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (d) {@code recist assess FILE}: from the bytes of a generated {@code recist-case/1} file (10,000
 * subjects, about 8 MB, in the page cache) to the bytes of its {@code recist-result/1} document
 * (about 38 MB), exactly as the command line runs it (one read that checks, assesses and renders
 * into the held output, then the copy to standard output), on 1 and 2 threads, in a JVM limited to
 * 256 MB of heap. The output is counted and dropped.
 *
 * <p>Besides operations (whole files) per second, the counter {@code inputMegabytes} reports MB
 * (10^6 bytes) of input JSON per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class AssessCommandBenchmark {

  /** The generated file. */
  @State(Scope.Benchmark)
  public static class InputFile {
    @Param("10000")
    int subjects;

    /** {@code --threads N}. */
    @Param({"1", "2"})
    int threads;

    Path file;
    long bytes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      file = BenchmarkData.generatedFile(subjects);
      bytes = Files.size(file);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /** MB of input read per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    /** MB (10^6 bytes) of input JSON assessed. */
    public double inputMegabytes;
  }

  /** Runs {@code recist assess --threads N FILE}; the exit status. */
  @Benchmark
  public int assessFile(InputFile f, Throughput t) {
    CountingStream out = new CountingStream();
    PrintStream stdout = new PrintStream(out, false, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    int status = Recist.run(new String[] {"assess", "--threads", Integer.toString(f.threads),
        f.file.toString()},
        InputStream.nullInputStream(), stdout, stderr);
    if (status != Recist.OK || out.count == 0) {
      throw new IllegalStateException("recist assess failed with status " + status);
    }
    t.inputMegabytes += f.bytes / 1e6;
    return status;
  }

  /** Counts the bytes written and drops them. */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
