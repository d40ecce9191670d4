// io/xml.h - a small streaming XML 1.0 emitter that always writes well-formed output
// SPDX-License-Identifier: MIT
#ifndef IRKG_IO_XML_H
#define IRKG_IO_XML_H

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace irkg::io {

/// Appends \p text to \p out as XML character data: escapes & < > " ', writes tab, LF and CR
/// as character references inside attribute values (so attribute normalisation keeps them) and
/// CR as a reference in text, drops characters XML 1.0 forbids (C0 controls other than tab,
/// LF and CR, U+FFFE, U+FFFF) and replaces invalid UTF-8 with U+FFFD.
void append_xml_escaped(std::string& out, std::string_view text, bool attribute);

/// \p text as XML 1.0 allows it, unescaped: forbidden characters dropped, invalid UTF-8
/// replaced. What a conforming parser reads back from append_xml_escaped's output.
std::string xml_clean(std::string_view text);

/// Writes an XML document element by element straight to an ostream, indenting nested
/// elements by two spaces. Elements that hold text stay on one line. Usage:
///
///     XmlWriter xml(out);
///     xml.declaration();
///     xml.start("graph"); xml.attribute("id", "G");
///     xml.start("data"); xml.text("a & b"); xml.end();
///     xml.end();
///
/// Attributes must follow start() directly. finish() (or the destructor) closes what is open.
class XmlWriter {
 public:
  explicit XmlWriter(std::ostream& out);
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;
  ~XmlWriter();

  /// `<?xml version="1.0" encoding="UTF-8"?>`
  void declaration();
  /// Opens an element; \p name must be a valid XML name (it is written as given).
  void start(std::string_view name);
  /// Adds an attribute to the element just opened; \p value is escaped.
  void attribute(std::string_view name, std::string_view value);
  /// Writes escaped character data into the current element.
  void text(std::string_view text);
  /// Closes the current element (`/>` when it is empty).
  void end();
  /// Closes every open element and ends the document with a newline.
  void finish();

 private:
  void close_start_tag();
  void newline_indent();

  std::ostream& out_;
  std::string buffer_;
  std::vector<std::string> open_;
  bool in_start_tag_ = false;
  bool has_children_ = false;  ///< the current element holds child elements
  bool has_text_ = false;      ///< the current element holds text
  bool finished_ = false;
  bool started_ = false;  ///< something was written (no newline before the first tag)
};

}  // namespace irkg::io

#endif  // IRKG_IO_XML_H
