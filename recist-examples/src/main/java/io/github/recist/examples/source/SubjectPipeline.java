package io.github.recist.examples.source;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import io.github.recist.Recist11;
import io.github.recist.model.Criteria;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The per-subject part of a {@link SubjectSource}'s check, shared by every source of subjects (the
 * recist-case/1 reader, the SDTM reader): turns each raw subject (a JSON tree, a subject already
 * built) into a subject with its {@link Parser}, finds its problems (the data, and the protocol
 * deviations of Rules R1–R3) and, once the work has {@linkplain #start started}, hands it to the
 * {@link SubjectWork}; then delivers the problems and the result in input order, on the reading
 * thread.
 *
 * <p>With one thread it does so at once, on the reading thread. With N, the reading thread is one of
 * them: subjects go in batches to N - 1 worker threads, at most {@value #BATCHES_PER_THREAD} batches
 * per thread ahead of the delivery, so memory stays bounded whatever the size of the file. (The
 * reading thread reads and builds each subject, the workers check, assess and render them.) A
 * source whose reading thread only finds the raw subjects, cheaply, and leaves the parsing to the
 * workers too, takes {@link #withWorkers} worker threads besides it, with {@value
 * #BATCHES_PER_WORKER} batches per worker in flight; a parser may then {@linkplain
 * Parsed#declined() decline} a raw subject, which the reading thread reads itself.
 */
public final class SubjectPipeline<R, T> implements AutoCloseable {

  /** Subjects per batch handed to a worker thread. */
  public static final int BATCH = 32;
  /** Batches in flight per worker thread: enough to keep them busy, few enough to bound memory. */
  static final int BATCHES_PER_THREAD = 2;
  /**
   * Batches in flight per worker thread when the workers parse too ({@link #withWorkers}): some
   * milliseconds of work ahead, so that when the worker of the oldest batch loses its core for a
   * while (to the compiler, the reading thread, the kernel's writing back of the output), the other
   * does not run out of work while the reading thread waits for that batch. Measured on 200,000
   * subjects, two workers, the launcher: 2.54-2.79 s with 8 against 2.65-3.03 s with 2 (7
   * alternating rounds at load 1.3-3); 32 took more CPU while the writer kept 4 runs of output
   * bytes per worker for reuse (the renderers' runs, now made from this number), and 16 with 12
   * runs 2.53-2.68 s against 2.63-3.01 s for 8 with 4 (3 rounds, load 1.3-2) (issue 14).
   */
  public static final int BATCHES_PER_WORKER = 16;

  /** What one subject came to, for the reading thread. */
  public static final class Checked {
    private final String id;
    private final ImmutableList<Problem> problems;
    private final Set<Criteria> recheck;

    Checked(String id, ImmutableList<Problem> problems, Set<Criteria> recheck) {
      this.id = id;
      this.problems = problems;
      this.recheck = recheck;
    }

    /**
     * The criteria under which this subject would have problems that were not checked, because the
     * criteria were not known yet ({@link SubjectPipeline#checkUnder} not called): empty otherwise.
     */
    public Set<Criteria> recheck() {
      return recheck;
    }

    /** The subject's id as written, or null when it has none that can be read. */
    public String id() {
      return id;
    }

    /** Its problems, errors and warnings, in the order found. */
    public ImmutableList<Problem> problems() {
      return problems;
    }
  }

  /** Takes each subject's problems and result, in file order, on the reading thread. */
  public interface Delivery<T> {
    /**
     * Takes one subject; the result is null when there was no work on it. Returns whether the work
     * should go on (false after an error: results that follow would be thrown away).
     */
    boolean deliver(Checked checked, T result) throws IOException;
  }

  /**
   * Turns raw subject number {@code number} (1-based) into a subject, or its problems: runs on any
   * of the pipeline's threads.
   */
  @FunctionalInterface
  public interface Parser<R> {
    /** The subject (null when it cannot be built), its id as written (may be null) and its problems. */
    Parsed parse(R raw, int number);
  }

  /** What a {@link Parser} made of one raw subject. */
  public static final class Parsed {
    /** What a parser says of a raw subject that only the reading thread can read: see {@link #declined()}. */
    private static final Parsed DECLINED = new Parsed(null, null, ImmutableList.of());

    final String id;
    final io.github.recist.model.Subject subject;
    final ImmutableList<Problem> problems;

    /**
     * The raw subject cannot be read where it is (on a worker, from its bytes alone): the pipeline
     * delivers the subjects before it, drops those after it, and throws {@link Declined} on the
     * reading thread, which reads it (and those after it) in its own way and adds them again.
     */
    public static Parsed declined() {
      return DECLINED;
    }

    /** The subject (null when it could not be built), its id (null when unreadable) and its problems. */
    public Parsed(String id, io.github.recist.model.Subject subject, ImmutableList<Problem> problems) {
      this.id = id;
      this.subject = subject;
      this.problems = problems;
    }
  }

  /**
   * Thrown on the reading thread, by {@link #add} or {@link #drain}, at a subject its parser {@link
   * Parsed#declined() declined}: every subject before it has been delivered, none after it, and
   * the pipeline takes subjects again from that one on.
   */
  public static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int number;

    Declined(int number) {
      super("subject #" + number + " is read by the reading thread", null, false, false);
      this.number = number;
    }

    /** The declined subject's number (1-based, in file order). */
    public int number() {
      return number;
    }
  }

  private final Parser<R> parser;
  private final SubjectWork<T> work;
  private final Protocol deviations;
  /** {@link #deviations} under each criteria, for the checks left to a later pass. */
  private final Map<Criteria, Protocol> underEach = new EnumMap<>(Criteria.class);
  private final Delivery<T> delivery;
  private final ExecutorService workers;
  private final int maxInFlight;
  private final ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
  private Batch filling;
  private volatile Protocol protocol;
  private volatile Protocol criteria;
  /** The criteria subjects are checked and worked under; empty: their protocol's alone. */
  private final Set<Criteria> under;
  private volatile boolean working = true;

  /**
   * A pipeline on {@code threads} threads in all, the reading thread included.
   *
   * @param parser how a raw subject becomes a subject
   * @param work what to do with each good subject once started, or null
   * @param deviations the protocol the deviations of Rules R1–R3 are checked under
   */
  public SubjectPipeline(int threads, Parser<R> parser, SubjectWork<T> work, Protocol deviations,
      Delivery<T> delivery) {
    this(threads, parser, work, deviations, delivery, Set.of());
  }

  /**
   * A pipeline on {@code threads} threads whose subjects are checked, and worked on, under each of
   * {@code under} (the criteria of {@code recist assess --criteria}, Rule R14), whatever the
   * protocol's criteria; an empty set: the protocol's alone.
   */
  public SubjectPipeline(int threads, Parser<R> parser, SubjectWork<T> work, Protocol deviations,
      Delivery<T> delivery, Set<Criteria> under) {
    this(threads - 1, threads * BATCHES_PER_THREAD, parser, work, deviations, delivery, under);
  }

  /**
   * A pipeline with {@code workers} worker threads besides the reading thread (0: the reading
   * thread does everything), at most {@value #BATCHES_PER_WORKER} batches per worker ahead of the
   * delivery: for a reading thread that only finds the subjects in the input, so that every
   * thread of {@code --threads} parses, checks and works.
   */
  public static <R, T> SubjectPipeline<R, T> withWorkers(int workers, Parser<R> parser,
      SubjectWork<T> work, Protocol deviations, Delivery<T> delivery, Set<Criteria> under) {
    return new SubjectPipeline<>(workers, Math.max(1, workers) * BATCHES_PER_WORKER + 1, parser,
        work, deviations, delivery, under);
  }

  private SubjectPipeline(int workers, int maxInFlight, Parser<R> parser, SubjectWork<T> work,
      Protocol deviations, Delivery<T> delivery, Set<Criteria> under) {
    this.under = under.isEmpty() ? Set.of() : EnumSet.copyOf(under);
    this.parser = parser;
    this.work = work;
    this.deviations = deviations;
    for (Criteria c : Criteria.values()) {
      underEach.put(c, deviations.withCriteria(c));
    }
    this.delivery = delivery;
    this.workers = workers > 0 ? Executors.newFixedThreadPool(workers, new Workers()) : null;
    this.maxInFlight = maxInFlight;
  }

  /** From now on, good subjects are worked on under {@code protocol}. */
  public void start(Protocol protocol) {
    this.protocol = protocol;
  }

  /**
   * From now on, subjects are checked for what depends on the criteria of {@code protocol}
   * ({@link Recist11#criteriaProblems}). Until then, those checks are left to a later pass, and
   * {@link Checked#recheck()} says which criteria it would concern.
   */
  public void checkUnder(Protocol protocol) {
    this.criteria = protocol;
  }

  /** Whether the work was started. */
  public boolean started() {
    return protocol != null;
  }

  /** Takes subject number {@code number} (1-based) of the file. */
  public void add(R node, int number) throws IOException {
    if (workers == null) {
      deliver(process(node, number, protocol));
      return;
    }
    if (filling == null) {
      filling = new Batch(protocol);
    }
    filling.add(node, number);
    if (filling.size() == BATCH) {
      submit();
    }
    while (inFlight.size() > maxInFlight) {
      deliver(inFlight.removeFirst());
    }
  }

  /** Delivers every subject taken so far. */
  public void drain() throws IOException {
    if (filling != null) {
      submit();
    }
    while (!inFlight.isEmpty()) {
      deliver(inFlight.removeFirst());
    }
  }

  /** As {@link #drain()}, for callers that cannot throw {@link IOException}. */
  public void drainUnchecked() {
    try {
      drain();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (workers != null) {
      workers.shutdownNow();
    }
  }

  private void submit() {
    Batch batch = filling;
    filling = null;
    inFlight.addLast(workers.submit(batch::process));
  }

  private void deliver(Future<Batch> future) throws IOException {
    Batch batch;
    try {
      batch = future.get();
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the subjects", e);
    }
    for (Processed<T> p : batch.processed) {
      if (p.checked == null) {
        discard();
        throw new Declined(p.number);
      }
      deliver(p);
    }
  }

  private void deliver(Processed<T> p) throws IOException {
    if (p.checked == null) {
      throw new Declined(p.number);
    }
    if (!delivery.deliver(p.checked, p.result)) {
      working = false;
    }
  }

  /** Drops every subject not yet delivered, once the workers are done with them. */
  private void discard() {
    filling = null;
    while (!inFlight.isEmpty()) {
      try {
        inFlight.removeFirst().get();
      } catch (ExecutionException e) {
        // dropped with its batch
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the subjects", e);
      }
    }
  }

  /** Parses and checks one subject and, when it is good and the work is on, works on it. */
  private Processed<T> process(R node, int number, Protocol workProtocol) {
    Parsed parsed = parser.parse(node, number);
    if (parsed == Parsed.DECLINED) {
      return new Processed<>(null, null, number);
    }
    if (parsed.subject == null) {
      return new Processed<>(new Checked(parsed.id, parsed.problems, Set.of()), null, number);
    }
    // the deviations found once, for the check and for the work (Recist11.checkDeviations)
    Recist11.CriteriaCheck deviated = Recist11.checkDeviations(parsed.subject, deviations);
    Protocol checks = criteria;
    if (checks == null) {
      return beforeCriteria(parsed, deviated, workProtocol, number);
    }
    List<Recist11.CriteriaCheck> underCriteria = criteriaChecks(parsed.subject, checks, under);
    ImmutableList<Problem> problems = deviated.problems();
    ImmutableList<Problem> more = problems(underCriteria);
    if (!more.isEmpty()) {
      problems = concat(problems, more);
    }
    T result = null;
    if (!anyError(problems) && work != null && workProtocol != null && working) {
      result = work.work(parsed.subject, workProtocol, withDeviations(deviated, underCriteria));
    }
    return new Processed<>(new Checked(parsed.id, problems, Set.of()), result, number);
  }

  /**
   * {@link #process} for a subject read before the criteria are known ({@link #checkUnder} not
   * called): the checks that depend on them are left to a later pass, under each criteria that
   * would find a problem ({@link Checked#recheck()}).
   */
  private Processed<T> beforeCriteria(Parsed parsed, Recist11.CriteriaCheck deviated,
      Protocol workProtocol, int number) {
    ImmutableList<Problem> problems = deviated.problems();
    Set<Criteria> recheck = EnumSet.noneOf(Criteria.class);
    for (Criteria c : Criteria.values()) {
      if (!Recist11.criteriaProblems(parsed.subject, underEach.get(c)).isEmpty()) {
        recheck.add(c);
      }
    }
    boolean good = !anyError(problems)
        && (workProtocol == null || recheck.isEmpty()
            || recheck.stream().noneMatch(criteria(workProtocol, under)::contains));
    T result = null;
    if (good && work != null && workProtocol != null && working) {
      result = work.work(parsed.subject, workProtocol, List.of(deviated));
    }
    return new Processed<>(new Checked(parsed.id, problems, recheck), result, number);
  }

  private static ImmutableList<Problem> concat(ImmutableList<Problem> first,
      ImmutableList<Problem> then) {
    return ImmutableList.<Problem>builder().addAll(first).addAll(then).build();
  }

  /** The deviations' check, then those under each criteria. */
  private static List<Recist11.CriteriaCheck> withDeviations(Recist11.CriteriaCheck deviated,
      List<Recist11.CriteriaCheck> underCriteria) {
    List<Recist11.CriteriaCheck> checked = new ArrayList<>(underCriteria.size() + 1);
    checked.add(deviated);
    checked.addAll(underCriteria);
    return checked;
  }

  private static boolean anyError(List<Problem> problems) {
    for (int i = 0; i < problems.size(); i++) {
      if (problems.get(i).isError()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The criteria subjects under {@code protocol} are assessed under: each of {@code under}, or the
   * protocol's when it is empty.
   */
  public static Set<Criteria> criteria(Protocol protocol, Set<Criteria> under) {
    return under.isEmpty() ? Set.of(protocol.criteria()) : under;
  }

  /**
   * The problems of {@code subject} that depend on the criteria ({@link Recist11#criteriaProblems}),
   * under each criteria of {@link #criteria(Protocol, Set)} in turn.
   */
  public static ImmutableList<Problem> criteriaProblems(io.github.recist.model.Subject subject,
      Protocol protocol, Set<Criteria> under) {
    return problems(criteriaChecks(subject, protocol, under));
  }

  /**
   * The checks of {@code subject} that depend on the criteria ({@link Recist11#checkCriteria}),
   * under each criteria of {@link #criteria(Protocol, Set)} in turn: their problems, and the
   * visits classified for them, which the work takes rather than classify them again.
   */
  private static List<Recist11.CriteriaCheck> criteriaChecks(
      io.github.recist.model.Subject subject, Protocol protocol, Set<Criteria> under) {
    if (under.isEmpty()) {
      return List.of(Recist11.checkCriteria(subject, protocol));
    }
    List<Recist11.CriteriaCheck> all = new ArrayList<>(under.size());
    for (Criteria c : EnumSet.copyOf(under)) {
      all.add(Recist11.checkCriteria(subject, protocol.withCriteria(c)));
    }
    return all;
  }

  /** The problems of {@code checks}, in order. */
  private static ImmutableList<Problem> problems(List<Recist11.CriteriaCheck> checks) {
    if (checks.size() == 1) {
      return checks.get(0).problems();
    }
    ImmutableList.Builder<Problem> all = ImmutableList.builder();
    for (Recist11.CriteriaCheck c : checks) {
      all.addAll(c.problems());
    }
    return all.build();
  }

  /** One subject's problems and result; no problems ({@code null}) for a declined subject. */
  private static final class Processed<T> {
    final Checked checked;
    final T result;
    final int number;

    Processed(Checked checked, T result, int number) {
      this.checked = checked;
      this.result = result;
      this.number = number;
    }
  }

  /** Consecutive subjects for one worker thread. */
  private final class Batch {
    private final Protocol workProtocol;
    private final List<R> nodes = new ArrayList<>(BATCH);
    private int first;
    private final List<Processed<T>> processed = new ArrayList<>(BATCH);

    Batch(Protocol workProtocol) {
      this.workProtocol = workProtocol;
    }

    void add(R node, int number) {
      if (nodes.isEmpty()) {
        first = number;
      }
      nodes.add(node);
    }

    int size() {
      return nodes.size();
    }

    Batch process() {
      for (int i = 0; i < nodes.size(); i++) {
        processed.add(SubjectPipeline.this.process(nodes.get(i), first + i, workProtocol));
      }
      nodes.clear();
      return this;
    }
  }

  /** Daemon worker threads, named for thread dumps. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "recist-subjects-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
