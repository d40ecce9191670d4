// syntax/binary.cpp - the error a damaged model file raises
// SPDX-License-Identifier: MIT
#include "syntax/binary.h"

#include "support/error.h"

void irkg::syntax::BinaryReader::fail(const std::string& why) const {
  throw Error(ErrorKind::Data,
              "model " + name_ + ": " + why + "; retrain with scripts/train-syntax");
}
