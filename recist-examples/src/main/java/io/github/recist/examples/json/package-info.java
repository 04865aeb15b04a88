/**
 * The {@code recist-case/1} reader and the {@code recist-result/1} writer: the project's JSON
 * interchange format, as {@code ../shared/spec/case-format.md} specifies it.
 *
 * <p>{@link io.github.recist.examples.json.CaseFile#read(java.nio.file.Path)} is the entry point for
 * Java users: a whole case file, checked, as its protocol and subjects. {@link
 * io.github.recist.examples.json.CaseReader} reads a case file one subject at a time
 * (Jackson's streaming parser, a small tree per subject), so a file of a million subjects needs a
 * small, fixed heap; its check of the whole file can hand each subject to the engine in the same
 * pass, on one thread or several, in file order. {@link
 * io.github.recist.examples.json.ResultWriter} writes the results as they come, each subject
 * rendered on its own.
 * Every problem is a {@link io.github.recist.model.Problem} naming the subject, the visit date and
 * the lesion. Parameters and return values are non-null unless a method says otherwise.
 */
package io.github.recist.examples.json;
