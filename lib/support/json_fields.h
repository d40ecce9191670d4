// support/json_fields.h - reading optional fields of a parsed JSON object
// SPDX-License-Identifier: MIT
//
// Templates over the JSON value type, so this layer needs no JSON library of its own; every
// caller passes a rapidjson::Value.
#ifndef IRKG_SUPPORT_JSON_FIELDS_H
#define IRKG_SUPPORT_JSON_FIELDS_H

#include <string>
#include <string_view>
#include <vector>

namespace irkg {

/// The string member \p name of \p object; "" when it is missing or not a string.
template <typename JsonValue>
std::string_view json_string(const JsonValue& object, const char* name) {
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsString())
    return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

/// The string elements of the array member \p name; other elements are skipped, a missing or
/// non-array member gives an empty list.
template <typename JsonValue>
std::vector<std::string> json_strings(const JsonValue& object, const char* name) {
  std::vector<std::string> values;
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsArray())
    return values;
  for (const auto& value : it->value.GetArray()) {
    if (value.IsString())
      values.emplace_back(value.GetString(), value.GetStringLength());
  }
  return values;
}

/// The boolean member \p name; false when it is missing or not a boolean.
template <typename JsonValue>
bool json_bool(const JsonValue& object, const char* name) {
  const auto it = object.FindMember(name);
  return it != object.MemberEnd() && it->value.IsBool() && it->value.GetBool();
}

}  // namespace irkg

#endif  // IRKG_SUPPORT_JSON_FIELDS_H
