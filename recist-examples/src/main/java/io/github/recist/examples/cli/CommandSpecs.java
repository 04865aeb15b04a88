package io.github.recist.examples.cli;

import io.github.recist.examples.adam.AdamProfile;
import io.github.recist.examples.json.ResultWriter.Reasons;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * The picocli models of the commands a run starts with — {@code recist} itself, {@code assess}
 * and {@code validate} — built by code ({@link CommandSpec#wrapWithoutInspection}) instead of read
 * from their annotations (issue 14): picocli reads annotations by reflection, and the JVM makes a
 * proxy class for each annotation type it meets (eight, at run time: no class-data-sharing archive
 * holds them). Measured with the launcher's JVM settings and archive, a program that builds and
 * runs a top command and an {@code assess}-like subcommand took 106 ms from annotations against
 * 51 ms by code (medians of 10 alternating runs at load 3–4).
 *
 * <p>The annotations on {@link Recist}, {@link AssessCommand} and {@link ValidateCommand} stay the
 * declaration of their options (and picocli reads them for the other commands' parent): each model
 * here copies them, option by option, into the commands' fields. The help texts are written once,
 * as constants beside the annotations that use them, and both take them from there; {@code
 * CommandSpecsTest} holds each model to the one picocli reads from the annotations — the same
 * options with the same attributes, the same values parsed into the fields, the same help, byte for
 * byte — so that a name, label, type or default changed in one and not in the other fails the
 * build.
 */
final class CommandSpecs {

  private CommandSpecs() {}

  /** The help of {@code assess}'s and {@code validate}'s {@code FILE}. */
  static final String FILE_HELP = "A recist-case/1 file, or - for standard input.";

  /** {@code recist}: as its annotations declare it, on {@code recist}'s fields. */
  static CommandSpec recist(Recist recist) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(recist).name("recist")
        .versionProvider(new Recist.Version());
    spec.usageMessage().description(Recist.ABOUT).footer("", Recist.EXIT_STATUS);
    standardHelpOptions(spec);
    Field debug = new Field(recist, "--debug");
    spec.addOption(OptionSpec.builder("--debug").type(boolean.class).scopeType(ScopeType.INHERIT)
        .description(Recist.DEBUG_HELP).paramLabel("<debug>")
        .descriptionKey("").getter(debug).setter(debug).initialValue(recist.debug)
        .hasInitialValue(true).build());
    recist.spec = spec;
    return spec;
  }

  /** {@code assess}: as {@link AssessCommand}'s annotations declare it, on its fields. */
  static CommandSpec assess(AssessCommand command, Recist recist) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("assess")
        .versionProvider(new Recist.Version());
    spec.usageMessage().description(AssessCommand.ABOUT, AssessCommand.ABOUT_REFUSAL);
    standardHelpOptions(spec);
    file(spec, command);
    option(spec, command, "--strict", boolean.class, null, null, AssessCommand.STRICT_HELP);
    option(spec, command, "--format", AssessCommand.Format.class, "json|text", "json",
        AssessCommand.FORMAT_HELP);
    option(spec, command, "--compact", boolean.class, null, null, AssessCommand.COMPACT_HELP);
    option(spec, command, "--reasons", Reasons.class, "none|codes|text", "text",
        AssessCommand.REASONS_HELP);
    option(spec, command, "--threads", Integer.class, "N", null, AssessCommand.THREADS_HELP);
    option(spec, command, "--criteria", String.class, "RECIST_1_1|IRECIST|both", null,
        AssessCommand.CRITERIA_HELP);
    option(spec, command, "--adam", Path.class, "DIR", null, AssessCommand.ADAM_HELP);
    option(spec, command, "--profile", AdamProfile.class, "ADMIRALONCO|RECIST_RULES",
        "ADMIRALONCO", AssessCommand.PROFILE_HELP);
    command.recist = recist;
    command.spec = spec;
    return spec;
  }

  /** {@code validate}: as {@link ValidateCommand}'s annotations declare it, on its fields. */
  static CommandSpec validate(ValidateCommand command, Recist recist) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("validate")
        .versionProvider(new Recist.Version());
    spec.usageMessage().description(ValidateCommand.ABOUT, ValidateCommand.ABOUT_MESSAGES,
        ValidateCommand.ABOUT_STATUS);
    standardHelpOptions(spec);
    file(spec, command);
    option(spec, command, "--strict", boolean.class, null, null, ValidateCommand.STRICT_HELP);
    option(spec, command, "--threads", Integer.class, "N", null, ValidateCommand.THREADS_HELP);
    command.recist = recist;
    command.spec = spec;
    return spec;
  }

  /**
   * {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions}
   * adds them (which it reads from an annotated class of its own).
   */
  private static void standardHelpOptions(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .descriptionKey("mixinStandardHelpOptions.help")
        .description("Show this help message and exit.").paramLabel("<helpRequested>")
        .initialValue(false).hasInitialValue(true).build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .descriptionKey("mixinStandardHelpOptions.version")
        .description("Print version information and exit.").paramLabel("<versionRequested>")
        .initialValue(false).hasInitialValue(true).build());
  }

  /** The positional {@code FILE} of {@code assess} and {@code validate}. */
  private static void file(CommandSpec spec, Object command) {
    Field file = new Field(command, "FILE");
    spec.addPositional(PositionalParamSpec.builder().paramLabel("FILE").type(String.class)
        .description(FILE_HELP).descriptionKey("")
        .required(true).getter(file).setter(file).initialValue(null).hasInitialValue(true)
        .build());
  }

  private static void option(CommandSpec spec, Object command, String name, Class<?> type,
      String paramLabel, String defaultValue, String description) {
    Field field = new Field(command, name);
    OptionSpec.Builder option = OptionSpec.builder(name).type(type).description(description)
        .descriptionKey("").getter(field).setter(field).initialValue(field.get())
        .hasInitialValue(true);
    // a flag's label is its field's name, as picocli names it from the annotated field
    option.paramLabel(paramLabel != null ? paramLabel : "<" + name.substring(2) + ">");
    if (defaultValue != null) {
      option.defaultValue(defaultValue);
    }
    spec.addOption(option.build());
  }

  /**
   * The field of a command that an option or parameter is parsed into, by the option's name: what
   * picocli's binding of an annotated field does, without reflection.
   */
  private static final class Field implements IGetter, ISetter {
    private final Object command;
    private final String name;

    Field(Object command, String name) {
      this.command = command;
      this.name = name;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) value();
    }

    private Object value() {
      if (command instanceof Recist) {
        return ((Recist) command).debug;
      }
      if (command instanceof ValidateCommand) {
        ValidateCommand v = (ValidateCommand) command;
        switch (name) {
          case "FILE":
            return v.file;
          case "--strict":
            return v.strict;
          case "--threads":
            return v.threads;
          default:
            throw new IllegalStateException("validate has no " + name);
        }
      }
      AssessCommand a = (AssessCommand) command;
      switch (name) {
        case "FILE":
          return a.file;
        case "--strict":
          return a.strict;
        case "--format":
          return a.format;
        case "--compact":
          return a.compact;
        case "--reasons":
          return a.reasons;
        case "--threads":
          return a.threads;
        case "--criteria":
          return a.criteria;
        case "--adam":
          return a.adam;
        case "--profile":
          return a.profile;
        default:
          throw new IllegalStateException("assess has no " + name);
      }
    }

    @Override
    public <T> T set(T value) {
      T old = get();
      if (command instanceof Recist) {
        ((Recist) command).debug = (Boolean) value;
        return old;
      }
      if (command instanceof ValidateCommand) {
        ValidateCommand v = (ValidateCommand) command;
        switch (name) {
          case "FILE":
            v.file = (String) value;
            break;
          case "--strict":
            v.strict = (Boolean) value;
            break;
          case "--threads":
            v.threads = (Integer) value;
            break;
          default:
            throw new IllegalStateException("validate has no " + name);
        }
        return old;
      }
      AssessCommand a = (AssessCommand) command;
      switch (name) {
        case "FILE":
          a.file = (String) value;
          break;
        case "--strict":
          a.strict = (Boolean) value;
          break;
        case "--format":
          a.format = (AssessCommand.Format) value;
          break;
        case "--compact":
          a.compact = (Boolean) value;
          break;
        case "--reasons":
          a.reasons = (Reasons) value;
          break;
        case "--threads":
          a.threads = (Integer) value;
          break;
        case "--criteria":
          a.criteria = (String) value;
          break;
        case "--adam":
          a.adam = (Path) value;
          break;
        case "--profile":
          a.profile = (AdamProfile) value;
          break;
        default:
          throw new IllegalStateException("assess has no " + name);
      }
      return old;
    }
  }
}
