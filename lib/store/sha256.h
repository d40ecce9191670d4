// store/sha256.h - SHA-256 of a text, the content hash that keys documents in the store
// SPDX-License-Identifier: MIT
#ifndef IRKG_STORE_SHA256_H
#define IRKG_STORE_SHA256_H

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace irkg::store {

/// Incremental SHA-256 (FIPS 180-4).
class Sha256 {
 public:
  Sha256();
  Sha256& update(std::string_view bytes);
  /// Length-prefixed, so that ("ab", "c") and ("a", "bc") hash differently.
  Sha256& field(std::string_view bytes);
  /// The digest as 64 lower-case hex digits; the hasher must not be used afterwards.
  std::string hex();

 private:
  void block(const std::uint8_t* data);
  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;
};

/// Hex SHA-256 of \p bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace irkg::store

#endif  // IRKG_STORE_SHA256_H
