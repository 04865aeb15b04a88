package io.github.recist.examples.bench;

import io.github.recist.Recist11;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two builds of the engine side by side in one JVM, each in a class loader of its own over its
 * benchmarks jar, timed in alternating rounds on the thread's own clock: the ratio of the two
 * times in each round is paired, so that what disturbs a round on a shared machine (another
 * process, the other core's caches) disturbs both builds alike, and the median ratio of many
 * rounds tells a few per cent apart where separate runs of {@link EngineCpuTime} scatter by 5 to
 * 10 % (issue 14). The build's own classes and the libraries come from each jar; only the JDK is
 * shared.
 *
 * <pre>
 * java -cp recist-examples/target/benchmarks.jar \
 *     io.github.recist.examples.bench.EngineSideBySide OLD.jar NEW.jar [rounds] [cases]
 * </pre>
 *
 * <p>Cases are {@code 0} (b) the typical subject under RECIST 1.1, {@code 1} the typical subject
 * under iRECIST, {@code 2} the iUPD run that resets, {@code 3} the confirmed iCPD (default {@code
 * 0,1}); each round assesses 10,000 subjects. One line per case: the least, first quartile and
 * median CPU time per subject-visit of each build, and the median of the rounds' ratios (new over
 * old; below 1 is faster). Run one case per JVM for figures of one subject alone, as JMH's forks
 * do: cases run after one another share the JIT's profiles of the JDK's classes. The slot a build
 * runs in biases it by a few per cent (the same jar in both slots gave 1.012 to 1.046 for case 1
 * and 0.970 for case 0 on the project's 2-core machine): run both orders, {@code OLD NEW} and
 * {@code NEW OLD}, and take the geometric mean of the ratio and of the inverse of the other.
 */
public final class EngineSideBySide {

  private static final int PER_ROUND = 10_000;
  private static final int WARM_UP_ROUNDS = 15;

  private EngineSideBySide() {}

  /** Compares the builds of the two jars given. */
  public static void main(String[] args) throws ReflectiveOperationException, IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: EngineSideBySide OLD.jar NEW.jar [rounds] "
          + "[cases, e.g. 0,1]");
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int[] cases = args.length > 3
        ? Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {0, 1};
    Method[] run = {driver(Path.of(args[0])), driver(Path.of(args[1]))};
    String[] names = {"(b) RECIST 1.1", "iRECIST typical", "iRECIST reset", "iRECIST iCPD"};
    for (int w = 0; w < WARM_UP_ROUNDS; w++) {
      for (int c : cases) {
        for (Method m : run) {
          perVisit(m, c);
        }
      }
    }
    for (int c : cases) {
      double[][] ns = new double[2][rounds];
      for (int i = 0; i < rounds; i++) {
        for (int j = 0; j < 2; j++) {
          int k = (i + j) % 2; // each build first in every other round
          ns[k][i] = perVisit(run[k], c);
        }
      }
      double[] ratio = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        ratio[i] = ns[1][i] / ns[0][i];
      }
      Arrays.sort(ratio);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s", names[c]));
      for (int k = 0; k < 2; k++) {
        double[] sorted = ns[k].clone();
        Arrays.sort(sorted);
        line.append(String.format(Locale.ROOT, " | %s least %.1f q1 %.1f median %.1f ns",
            k == 0 ? "old" : "new", sorted[0], sorted[rounds / 4], sorted[rounds / 2]));
      }
      line.append(String.format(Locale.ROOT, " | new/old median %.3f", ratio[rounds / 2]));
      System.out.println(line);
    }
  }

  /** CPU ns per subject-visit of one round of {@code c} by the build of {@code run}. */
  private static double perVisit(Method run, int c) throws IllegalAccessException {
    try {
      return (double) run.invoke(null, c, PER_ROUND);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the build's assessment failed", e.getCause());
    }
  }

  /**
   * {@link Driver#run} as defined in a class loader over {@code jar} alone (the platform's classes
   * shared): the driver's bytes are this build's, linked against the jar's engine, so that any
   * build of the benchmarks jar can be compared, one made before this class too.
   */
  private static Method driver(Path jar) throws ReflectiveOperationException, IOException {
    String name = Driver.class.getName();
    byte[] bytes;
    try (InputStream in = EngineSideBySide.class.getResourceAsStream(
        "/" + name.replace('.', '/') + ".class")) {
      bytes = in.readAllBytes();
    }
    ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader()) {
      @Override
      protected Class<?> loadClass(String className, boolean resolve)
          throws ClassNotFoundException {
        synchronized (getClassLoadingLock(className)) {
          if (className.equals(name)) {
            Class<?> c = findLoadedClass(className);
            return c != null ? c : defineClass(className, bytes, 0, bytes.length);
          }
          return super.loadClass(className, resolve);
        }
      }
    };
    Method run = loader.loadClass(name).getDeclaredMethod("run", int.class, int.class);
    run.setAccessible(true);
    return run;
  }

  /** Assesses the subjects of {@link SubjectAssessmentBenchmark} in the loader it is defined in. */
  static final class Driver {
    static volatile Object sink;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Protocol RECIST = Protocol.defaults();
    private static final Protocol IRECIST = Protocol.defaults().withCriteria(Criteria.IRECIST);
    private static final Subject TYPICAL = BenchmarkData.typicalSubject();
    private static final Subject RESET = BenchmarkData.irecistResetSubject();
    private static final Subject ICPD = BenchmarkData.irecistConfirmedProgressionSubject();

    private Driver() {}

    /** CPU ns per subject-visit of {@code n} assessments of case {@code c}. */
    static double run(int c, int n) {
      Subject s = c <= 1 ? TYPICAL : c == 2 ? RESET : ICPD;
      Protocol p = c == 0 ? RECIST : IRECIST;
      long start = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink = Recist11.assess(s, p);
      }
      return (THREADS.getCurrentThreadCpuTime() - start) / (double) n / BenchmarkData.VISITS;
    }
  }
}
