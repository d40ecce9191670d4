// tests/doctest_main.cpp - the one main() of every irkg test binary
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
