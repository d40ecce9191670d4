// syntax/syntax.h - tagging, lemmatising and dependency parsing of English, trained on UD
// SPDX-License-Identifier: MIT
//
// irkg_syntax: a part-of-speech tagger, a lemmatiser and a labelled dependency parser, trained
// by the project's own code (tools/irkg-train) on the Universal Dependencies English treebanks,
// with CoNLL-U reading and writing and the CoNLL 2018 measures. Depends on text and support.
#ifndef IRKG_SYNTAX_SYNTAX_H
#define IRKG_SYNTAX_SYNTAX_H

#include "syntax/analyzer.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/tree.h"
#include "syntax/words.h"

#endif  // IRKG_SYNTAX_SYNTAX_H
