#pragma once
// Makes exported Markdown say what the leader wrote, in every common reader (CommonMark/
// GitHub, and pandoc's default reader with its YAML blocks, raw TeX and raw HTML).
#include <QString>

namespace saib::MarkdownEscape {

// A title, tag or other one-line label as literal text: every ASCII punctuation mark is
// backslash-escaped (so `*cuts*`, `<private>`, `\textbf{x}` and quotes stay as typed) and
// line breaks become spaces (a heading is one line).
QString literal(const QString &text);

// The body stays the leader's Markdown, with guards so no reader drops or changes a word:
// outside code, a stray backslash is doubled (pandoc reads `\textbf{x}` as TeX and
// `C:\new` would lose the backslash; a backslash ending a paragraph is literal too),
// `<`, `&`, `$`, `^` and a lone `~` are escaped (raw HTML, entities, TeX maths and
// pandoc's super- and subscripts change the text), and a `---` line after a blank line
// is written as `***` (the same rule in CommonMark; pandoc would otherwise read what
// follows, up to the next `---`, as a metadata block and drop it).
QString body(const QString &markdown);

} // namespace saib::MarkdownEscape
