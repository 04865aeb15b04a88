package io.github.recist.examples.cli;

import io.github.recist.Recist11;
import io.github.recist.examples.adam.AdamDatasets;
import io.github.recist.examples.adam.AdamProfile;
import io.github.recist.examples.json.CaseWriter;
import io.github.recist.examples.json.ResultWriter;
import io.github.recist.examples.sdtm.Dataset;
import io.github.recist.examples.sdtm.Datasets;
import io.github.recist.examples.sdtm.SdtmOptions;
import io.github.recist.examples.sdtm.SdtmReader;
import io.github.recist.examples.sdtm.SdtmStudy;
import io.github.recist.examples.sdtm.SdtmSubjects;
import io.github.recist.examples.source.SubjectSource;
import io.github.recist.examples.source.SubjectWork;
import io.github.recist.examples.sdtm.StudySubject;
import io.github.recist.model.Confirmation;
import io.github.recist.model.Criteria;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code recist sdtm}: reads a study's SDTM domains (TU, TR, RS with ADSL and optionally DM), assesses
 * it, and writes into {@code --out DIR} the subjects ({@code cases.json}, recist-case/1), the
 * results ({@code results.json}, recist-result/1), and the ADaM datasets ADRS, ADTTE and ADTR (and
 * with {@code --use measurements} the derived RS records), as CSV or Dataset-JSON v1.1. With
 * {@code --criteria IRECIST} the responses read are iRECIST ones (RSCAT iRECIST) and the subjects
 * are assessed under iRECIST (Rule R14): {@code cases.json} and {@code results.json} only.
 *
 * <p>Everything is read and checked before anything is written: if any input is wrong, each
 * problem goes to standard error, one a line, nothing is written to {@code DIR}, and the status is
 * 2. Warnings (partial dates imputed, values rounded, protocol deviations) go to standard error,
 * prefixed {@code warning:}.
 */
@Command(name = "sdtm", mixinStandardHelpOptions = true, versionProvider = Recist.Version.class,
    description = {"Read SDTM TU/TR/RS with ADSL (and DM), assess RECIST 1.1, and write "
        + "cases.json, results.json and the ADaM datasets adrs, adtte, adtr (and rs with --use "
        + "measurements) into --out DIR; with --criteria IRECIST, assess iRECIST and write "
        + "cases.json and results.json.",
        "Bad input: each problem on standard error, one a line, nothing written (exit status 2)."})
final class SdtmCommand implements Callable<Integer> {

  /** The output formats of the datasets. */
  static final String CSV = "csv";
  static final String DATASET_JSON = "dataset-json";

  @ParentCommand
  Recist recist;

  @Spec
  CommandSpec spec;

  @Option(names = "--tu", paramLabel = "TU", description = "TU (tumour identification): .csv, .csv.gz or Dataset-JSON .json.")
  Path tu;

  @Option(names = "--tr", paramLabel = "TR", description = "TR (tumour results).")
  Path tr;

  @Option(names = "--rs", paramLabel = "RS", description = "RS (disease response).")
  Path rs;

  @Option(names = "--adsl", paramLabel = "ADSL", required = true,
      description = "ADSL: the subjects, RANDDT, TRTSDT, LSTALVDT, DTHDT.")
  Path adsl;

  @Option(names = "--dm", paramLabel = "DM", description = "DM: RFSTDTC and DTHDTC.")
  Path dm;

  @Option(names = "--use", paramLabel = "measurements|responses", defaultValue = "RESPONSES",
      description = "Assess from the recorded responses (RS OVRLRESP, the default) or from the "
          + "measurements (TU/TR).")
  SdtmOptions.Use use;

  @Option(names = "--evaluator", paramLabel = "INVESTIGATOR", defaultValue = SdtmOptions.INVESTIGATOR,
      description = "Whose reads: INVESTIGATOR (default), ACCEPTED (the adjudicated independent "
          + "read, --ACPTFL = Y) or a reader's --EVALID such as 'RADIOLOGIST 1'.")
  String evaluator;

  @Option(names = "--reference-date", paramLabel = "RANDDT|TRTSDT|RFSTDTC", defaultValue = "RANDDT",
      description = "The reference date: ADSL RANDDT (default), ADSL TRTSDT or DM RFSTDTC.")
  SdtmOptions.ReferenceDate referenceDate;

  @Option(names = "--partial-dates", paramLabel = "LAST_DAY|FIRST_DAY", defaultValue = "LAST_DAY",
      description = "Imputation of partial dates: LAST_DAY (admiralonco's ADRS, default) or FIRST_DAY.")
  SdtmOptions.PartialDates partialDates;

  @Option(names = "--format", paramLabel = "csv|dataset-json", defaultValue = CSV,
      description = "The datasets as CSV (default) or CDISC Dataset-JSON v1.1.")
  String format;

  @Option(names = "--criteria", paramLabel = "RECIST_1_1|IRECIST", defaultValue = "RECIST_1_1",
      description = "The criteria of the responses read (RSCAT) and of the assessment (R14).")
  Criteria criteria;

  @Option(names = "--profile", paramLabel = "ADMIRALONCO|RECIST_RULES", defaultValue = "ADMIRALONCO",
      description = "ADaM derivations as admiralonco's templates (default) or as RECIST-RULES.md R12-R13.")
  AdamProfile profile;

  @Option(names = "--strict", description = "Make protocol deviations (R1-R3) errors.")
  boolean strict;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Threads that assess the subjects (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The output directory.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!format.equals(CSV) && !format.equals(DATASET_JSON)) {
      throw new ParameterException(spec.commandLine(), "--format must be csv or dataset-json, not "
          + format);
    }
    if (threads < 1 || threads > AssessCommand.MAX_THREADS) {
      throw new ParameterException(spec.commandLine(),
          "--threads must be from 1 to " + AssessCommand.MAX_THREADS + ", not " + threads);
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      recist.err.println(Lines.oneLine(out + ": --out must be a directory"));
      return Recist.INVALID_INPUT;
    }
    SdtmOptions options = SdtmOptions.defaults().withUse(use).withEvaluator(evaluator)
        .withReferenceDate(referenceDate).withPartialDates(partialDates).withCriteria(criteria);
    SdtmReader.Files files = new SdtmReader.Files(tu, tr, rs, adsl, dm);
    Protocol protocol = Protocol.defaults().withStrict(strict).withCriteria(criteria);
    SdtmSubjects source = new SdtmSubjects(files, options, protocol);
    boolean both = profile == AdamProfile.RECIST_RULES;
    Map<String, SubjectAssessment> required = new HashMap<>();
    Map<String, SubjectAssessment> notRequired = new HashMap<>();
    List<Problem> warnings = new ArrayList<>();
    Progress progress = recist.progress("assessing");
    SubjectSource.Outcome outcome = source.check(p -> {
      if (p.isError()) {
        recist.err.println(Lines.oneLine(p));
      } else {
        warnings.add(p);
      }
    }, progress, threads, new SubjectWork<SubjectAssessment[]>() {
      @Override
      public SubjectAssessment[] work(Subject subject, Protocol under) {
        SubjectAssessment a = Recist11.assess(subject, under);
        return new SubjectAssessment[] {a, both
            ? Recist11.assess(subject, under.withConfirmation(Confirmation.NOT_REQUIRED)) : a};
      }

      @Override
      public void accept(SubjectAssessment[] result) {
        required.put(result[0].subjectId(), result[0]);
        notRequired.put(result[1].subjectId(), result[1]);
      }
    });
    progress.done();
    if (!outcome.ok()) {
      return Recist.INVALID_INPUT;
    }
    for (Problem p : warnings) {
      recist.err.println(Lines.oneLine("warning: " + p));
    }
    if (use == SdtmOptions.Use.MEASUREMENTS && rs != null) {
      compareWithRecorded(source.study(), files, options, required);
    }
    Map<String, byte[]> outputs = derive(source.study(), files, options, protocol, required,
        notRequired);
    Files.createDirectories(out);
    for (Map.Entry<String, byte[]> e : outputs.entrySet()) {
      Files.write(out.resolve(e.getKey()), e.getValue());
    }
    return Recist.OK;
  }

  /** Every output file by name, made in memory. */
  private Map<String, byte[]> derive(SdtmStudy study, SdtmReader.Files files, SdtmOptions options,
      Protocol protocol, Map<String, SubjectAssessment> byId,
      Map<String, SubjectAssessment> notRequiredById) throws IOException {
    List<Subject> subjects = study.assessable();
    Map<String, byte[]> outputs = new LinkedHashMap<>();
    ByteArrayOutputStream cases = new ByteArrayOutputStream();
    CaseWriter.write(protocol, subjects, cases);
    outputs.put("cases.json", cases.toByteArray());
    ByteArrayOutputStream results = new ByteArrayOutputStream();
    try (ResultWriter w = new ResultWriter(results)) {
      for (Subject s : subjects) {
        w.write(byId.get(s.id()));
      }
    }
    outputs.put("results.json", results.toByteArray());
    if (protocol.criteria() == Criteria.IRECIST) {
      // admiralonco's ADaM templates derive RECIST 1.1 parameters; iRECIST ones are not made here
      recist.err.println("note: under IRECIST (R14) the ADaM datasets are not derived: cases.json "
          + "and results.json hold the i-responses, iBOR, iUPD and iCPD dates and iPFS");
      return outputs;
    }

    boolean measurements = options.use() == SdtmOptions.Use.MEASUREMENTS;
    boolean investigator = SdtmOptions.INVESTIGATOR.equals(options.evaluator());
    List<StudySubject> measured = study.subjects();
    if (!measurements) {
      measured = List.of();
      if (files.tuPath() != null && files.trPath() != null) {
        SdtmStudy m = SdtmReader.read(files, options.withUse(SdtmOptions.Use.MEASUREMENTS));
        if (m.ok()) {
          measured = m.subjects();
        } else {
          recist.err.println(Lines.oneLine("warning: ADTR left empty: TU/TR cannot be read as "
              + "measurements (" + m.problems().stream().filter(Problem::isError).findFirst()
                  .map(Object::toString).orElse("") + ")"));
        }
      }
    }
    Map<String, Dataset> datasets = AdamDatasets.derive(study.subjects(), byId, notRequiredById,
        measurements, options.evaluator(), investigator, profile, protocol, measured);
    writeDatasets(datasets, format, study.studyId(), outputs);
    return outputs;
  }

  /**
   * With {@code --use measurements} and {@code --rs}: sets each visit response derived from the
   * measurements beside the evaluator's recorded {@code OVRLRESP} of the same date, on standard
   * error: one {@code note:} line per difference, and a count.
   */
  private void compareWithRecorded(SdtmStudy study, SdtmReader.Files files, SdtmOptions options,
      Map<String, SubjectAssessment> assessed) throws IOException {
    SdtmStudy recorded = SdtmReader.read(files, options.withUse(SdtmOptions.Use.RESPONSES));
    if (!recorded.ok()) {
      recist.err.println(Lines.oneLine("note: RS cannot be compared with the measurements ("
          + recorded.problems().stream().filter(Problem::isError).findFirst().map(Object::toString)
              .orElse("") + ")"));
      return;
    }
    int visits = 0;
    int agree = 0;
    for (StudySubject s : recorded.subjects()) {
      SubjectAssessment a = assessed.get(s.id());
      for (io.github.recist.examples.sdtm.OverallResponseRecord v : s.recorded()) {
        visits++;
        String computed = a == null ? null : a.timepoints().stream()
            .filter(t -> t.date().equals(v.date())).findFirst()
            .map(t -> io.github.recist.examples.sdtm.OverallResponseRecord.code(t.overallCode()))
            .orElse(null);
        if (java.util.Objects.equals(computed, v.response())) {
          agree++;
        } else {
          recist.err.println(Lines.oneLine("note: " + s.id() + " " + v.date() + " (VISIT " + v.visit()
              + "): RS OVRLRESP " + v.response() + ", from the measurements "
              + (computed == null ? "no assessment" : computed)));
        }
      }
    }
    recist.err.println("note: the visit responses from the measurements agree with RS OVRLRESP of "
        + options.evaluator() + " at " + agree + " of " + visits + " visits");
  }

  /** Renders each dataset as {@code name.csv} or {@code name.json} into {@code outputs}. */
  static void writeDatasets(Map<String, Dataset> datasets, String format, String studyId,
      Map<String, byte[]> outputs) throws IOException {
    OffsetDateTime created = created();
    for (Map.Entry<String, Dataset> e : datasets.entrySet()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      if (format.equals(CSV)) {
        Datasets.writeCsv(e.getValue(), bytes);
      } else {
        Datasets.writeJson(e.getValue(), studyId, created, bytes);
      }
      outputs.put(e.getKey() + (format.equals(CSV) ? ".csv" : ".json"), bytes.toByteArray());
    }
  }

  /** The creation time of Dataset-JSON files: {@code SOURCE_DATE_EPOCH} when set (reproducible builds), else now. */
  private static OffsetDateTime created() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d+")) {
      return OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC);
    }
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
