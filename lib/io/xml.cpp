// io/xml.cpp - a small streaming XML 1.0 emitter that always writes well-formed output
// SPDX-License-Identifier: MIT
#include "io/xml.h"

#include "support/strings.h"

#include <cassert>

namespace {

/// True for the code points XML 1.0 allows (Char production).
bool xml_allowed(char32_t cp) {
  if (cp == 0x9 || cp == 0xA || cp == 0xD)
    return true;
  if (cp < 0x20)
    return false;
  if (cp >= 0xD800 && cp <= 0xDFFF)
    return false;
  if (cp == 0xFFFE || cp == 0xFFFF)
    return false;
  return cp <= 0x10FFFF;
}

}  // namespace

void irkg::io::append_xml_escaped(std::string& out, std::string_view text, bool attribute) {
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      ++pos;
      switch (byte) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&apos;";
          break;
        case '\t':
          out += attribute ? "&#9;" : "\t";
          break;
        case '\n':
          out += attribute ? "&#10;" : "\n";
          break;
        case '\r':
          out += "&#13;";
          break;
        default:
          if (xml_allowed(byte))
            out += static_cast<char>(byte);
          break;
      }
      continue;
    }
    const std::size_t begin = pos;
    const char32_t cp = decode_utf8(text, pos);  // U+FFFD for an invalid byte, advances one
    if (!xml_allowed(cp))
      continue;
    if (cp == 0xFFFD) {
      append_utf8(out, cp);  // may stand for an invalid byte: never copy the raw input
    } else {
      out.append(text.substr(begin, pos - begin));
    }
  }
}

std::string irkg::io::xml_clean(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = decode_utf8(text, pos);
    if (xml_allowed(cp))
      append_utf8(out, cp);
  }
  return out;
}

irkg::io::XmlWriter::XmlWriter(std::ostream& out) : out_(out) {}

irkg::io::XmlWriter::~XmlWriter() {
  try {
    finish();
  } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw
  }
}

void irkg::io::XmlWriter::declaration() {
  out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  started_ = true;
}

void irkg::io::XmlWriter::start(std::string_view name) {
  assert(!finished_);
  close_start_tag();
  has_children_ = true;
  if (!has_text_ && started_)
    newline_indent();
  started_ = true;
  out_ << '<' << name;
  open_.emplace_back(name);
  in_start_tag_ = true;
  has_children_ = false;
  has_text_ = false;
}

void irkg::io::XmlWriter::attribute(std::string_view name, std::string_view value) {
  assert(in_start_tag_ && "attributes must follow start()");
  buffer_.clear();
  buffer_ += ' ';
  buffer_.append(name);
  buffer_ += "=\"";
  append_xml_escaped(buffer_, value, true);
  buffer_ += '"';
  out_ << buffer_;
}

void irkg::io::XmlWriter::text(std::string_view text) {
  assert(!open_.empty());
  close_start_tag();
  buffer_.clear();
  append_xml_escaped(buffer_, text, false);
  out_ << buffer_;
  has_text_ = true;
}

void irkg::io::XmlWriter::end() {
  assert(!open_.empty());
  if (in_start_tag_) {
    out_ << "/>";
    in_start_tag_ = false;
  } else {
    std::string name = std::move(open_.back());
    open_.pop_back();
    if (has_children_ && !has_text_)
      newline_indent();
    out_ << "</" << name << '>';
    open_.push_back(std::move(name));  // popped below, like an empty element's
  }
  open_.pop_back();
  // The parent now holds at least this child; its text state is unknown, so keep it as mixed
  // only if the parent had text before (never the case for the writers here).
  has_children_ = true;
  has_text_ = false;
}

void irkg::io::XmlWriter::finish() {
  if (finished_)
    return;
  while (!open_.empty()) end();
  out_ << '\n';
  finished_ = true;
}

void irkg::io::XmlWriter::close_start_tag() {
  if (!in_start_tag_)
    return;
  out_ << '>';
  in_start_tag_ = false;
}

void irkg::io::XmlWriter::newline_indent() {
  out_ << '\n';
  for (std::size_t i = 0; i < open_.size(); ++i) out_ << "  ";
}
