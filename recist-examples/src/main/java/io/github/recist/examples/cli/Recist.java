package io.github.recist.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code recist} command: RECIST 1.1 tumour response assessment of {@code recist-case/1} files.
 *
 * <pre>
 * java -jar recist-examples/target/recist.jar assess cases.json > results.json
 * java -jar recist-examples/target/recist.jar assess --format text cases.json
 * java -jar recist-examples/target/recist.jar validate - &lt; cases.json
 * java -jar recist-examples/target/recist.jar demo
 * java -jar recist-examples/target/recist.jar generate --subjects 1000 --seed 7 > synthetic.json
 * </pre>
 *
 * <p>Exit status: {@value #OK} success; {@value #INVALID_INPUT} invalid input (one line per
 * problem on standard error, nothing on standard output); {@value #INTERNAL_FAILURE} internal
 * failure (a message on standard error; the stack trace only with {@code --debug}).
 *
 * <p>Its annotations, and those of {@code assess} and {@code validate}, declare the options; a
 * run builds the models of these three by code ({@link CommandSpecs}, held to the annotations by
 * {@code CommandSpecsTest}), without reading annotations by reflection (issue 14).
 */
@Command(name = "recist", mixinStandardHelpOptions = true, versionProvider = Recist.Version.class,
    description = Recist.ABOUT, footer = {"", Recist.EXIT_STATUS})
public final class Recist implements Callable<Integer> {

  /** Exit status of success. */
  public static final int OK = 0;
  /** Exit status of an internal failure. */
  public static final int INTERNAL_FAILURE = 1;
  /** Exit status of invalid input (or a command line that cannot be understood). */
  public static final int INVALID_INPUT = 2;

  // The help texts, each written once: the annotations above and CommandSpecs' model use them.

  static final String ABOUT = "RECIST 1.1 tumour response assessment of recist-case/1 files.";

  static final String EXIT_STATUS = "Exit status: 0 success, 2 invalid input (nothing on "
      + "standard output), 1 internal failure.";

  static final String DEBUG_HELP = "Print the stack trace of an internal failure.";

  /**
   * The subcommands, in the order of the usage. Only the one named by the first argument is built
   * for a run (picocli reads the other commands' annotations by reflection: building all six took
   * about a third of the start-up of {@code assess}; issue 14), none for {@code --version} alone;
   * any other first argument gets all of them.
   */
  private static final List<String> COMMANDS =
      List.of("assess", "validate", "report", "sdtm", "demo", "generate");

  /**
   * The subcommand {@code name}, one of {@link #COMMANDS}, of {@code recist}: {@code assess} and
   * {@code validate} as models built by code ({@link CommandSpecs}), the others as annotated
   * command objects; a plain switch, not a table of constructor references, whose call sites the
   * JVM would link one by one at start-up.
   */
  private static Object command(String name, Recist recist) {
    switch (name) {
      case "assess":
        return CommandSpecs.assess(new AssessCommand(), recist);
      case "validate":
        return CommandSpecs.validate(new ValidateCommand(), recist);
      case "report":
        return new ReportCommand();
      case "sdtm":
        return new SdtmCommand();
      case "demo":
        return new DemoCommand();
      case "generate":
        return new GenerateCommand();
      default:
        throw new IllegalArgumentException(name);
    }
  }

  /**
   * The subcommands a run of {@code args} needs: the one it names first; none for {@code --version}
   * or {@code -V} alone; else all of them (the usage lists them).
   */
  static List<String> commandsFor(String[] args) {
    if (args.length > 0 && COMMANDS.contains(args[0])) {
      return List.of(args[0]);
    }
    if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
      return List.of();
    }
    return COMMANDS;
  }

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = DEBUG_HELP)
  boolean debug;

  @Spec
  CommandSpec spec;

  final InputStream in;
  final PrintStream out;
  final PrintStream err;
  final boolean interactive;

  Recist(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new StandardOutput();
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    int status = run(args, System.in, out, err, stderrIsTerminal());
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Whether standard error is a terminal: on Linux, whether {@code /proc/self/fd/2} is a tty
   * device (so {@code recist assess big.json > out.json} still shows progress); elsewhere, whether
   * the JVM has a console.
   */
  static boolean stderrIsTerminal() {
    try {
      java.nio.file.Path fd = java.nio.file.Paths.get("/proc/self/fd/2");
      if (java.nio.file.Files.isSymbolicLink(fd)) {
        String target = java.nio.file.Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // fall through
    }
    return System.console() != null;
  }

  /**
   * Runs the command line {@code args} in-process on the given streams, exactly as the jar does, and
   * returns the exit status; never shows progress.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, false);
  }

  /**
   * Runs the command line; with {@code interactive} (standard error is a terminal), large files show
   * their progress on standard error.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
      boolean interactive) {
    Recist recist = new Recist(in, out, err, interactive);
    CommandLine cmd = new CommandLine(CommandSpecs.recist(recist));
    for (String name : commandsFor(args)) {
      cmd.addSubcommand(name, command(name, recist));
    }
    cmd.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(new InternalFailure(recist));
    int status = cmd.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /**
   * An exception out of a command: an internal failure (status {@value #INTERNAL_FAILURE}), said on
   * standard error, with the stack trace under {@code --debug}. A class rather than a lambda, so
   * that the class-data-sharing archive holds it (issue 14).
   */
  private static final class InternalFailure implements CommandLine.IExecutionExceptionHandler {
    private final Recist recist;

    InternalFailure(Recist recist) {
      this.recist = recist;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine,
        CommandLine.ParseResult parseResult) {
      recist.err.println("recist: internal failure: " + e);
      if (recist.debug) {
        e.printStackTrace(recist.err);
      } else {
        recist.err.println("(run with --debug for the stack trace)");
      }
      return INTERNAL_FAILURE;
    }
  }

  /** Without a command: the usage, on standard error, and status 2. */
  @Override
  public Integer call() {
    err.println("recist: which command? (" + String.join(", ",
        spec.commandLine().getSubcommands().keySet()) + ")");
    spec.commandLine().usage(err);
    return INVALID_INPUT;
  }

  /** Progress on standard error, shown only when it is a terminal. */
  Progress progress(String what) {
    return interactive ? new Progress(err, what) : Progress.NONE;
  }

  /** The version of the jar, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Recist.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"recist " + p.getProperty("version", "(unknown version)")
          + " (RECIST 1.1, recist-case/1, recist-result/1)"};
    }
  }
}
