// syntax/binary.h - the little-endian binary stream the syntax model is stored in
// SPDX-License-Identifier: MIT
#ifndef IRKG_SYNTAX_BINARY_H
#define IRKG_SYNTAX_BINARY_H

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace irkg::syntax {

/// Appends plain values, strings and vectors of plain values to a byte string.
class BinaryWriter {
 public:
  template <class T>
    requires std::is_trivially_copyable_v<T>
  void put(const T& value) {
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void put_string(std::string_view text) {
    put<std::uint32_t>(static_cast<std::uint32_t>(text.size()));
    bytes_.append(text);
  }
  template <class T>
    requires std::is_trivially_copyable_v<T>
  void put_vector(const std::vector<T>& values) {
    put<std::uint64_t>(values.size());
    bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

/// Reads what BinaryWriter wrote; throws irkg::Error (Data) naming the model on truncation or
/// an implausible size, so a damaged model file is an error, never a crash.
class BinaryReader {
 public:
  BinaryReader(std::string_view bytes, std::string name) : bytes_(bytes), name_(std::move(name)) {}

  template <class T>
    requires std::is_trivially_copyable_v<T>
  T get() {
    need(sizeof(T));
    T value;
    std::memcpy(&value, bytes_.data() + at_, sizeof value);
    at_ += sizeof value;
    return value;
  }
  std::string get_string() {
    auto size = get<std::uint32_t>();
    need(size);
    std::string text(bytes_.substr(at_, size));
    at_ += size;
    return text;
  }
  template <class T>
    requires std::is_trivially_copyable_v<T>
  std::vector<T> get_vector() {
    auto count = get<std::uint64_t>();
    if (count > (bytes_.size() - at_) / sizeof(T)) fail("a table runs past the end");
    std::vector<T> values(count);
    // An empty vector's data() may be null, which memcpy must not be given even for no bytes.
    if (count)
      std::memcpy(values.data(), bytes_.data() + at_, count * sizeof(T));
    at_ += count * sizeof(T);
    return values;
  }
  bool at_end() const { return at_ == bytes_.size(); }
  const std::string& name() const { return name_; }
  [[noreturn]] void fail(const std::string& why) const;

 private:
  void need(std::size_t size) const {
    if (size > bytes_.size() - at_) fail("truncated");
  }
  std::string_view bytes_;
  std::size_t at_ = 0;
  std::string name_;
};

}  // namespace irkg::syntax

#endif  // IRKG_SYNTAX_BINARY_H
