// text/text.h - the umbrella header of irkg_text
// SPDX-License-Identifier: MIT
//
// irkg_text: articles in, normalised text, sentences and tokens out, with offsets back to the
// original.
//
// Depends on model (PartialDate) and support (errors, UTF-8). Include this header for the whole
// module: read_articles() → Article::body (NormalizedText) → split_sentences() → tokenize().
#ifndef IRKG_TEXT_TEXT_H
#define IRKG_TEXT_TEXT_H

#include "text/article.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokens.h"

#endif  // IRKG_TEXT_TEXT_H
