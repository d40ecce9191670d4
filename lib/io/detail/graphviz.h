// io/detail/graphviz.h - RAII owners for cgraph and gvc handles, and error capture
// SPDX-License-Identifier: MIT
//
// Private to lib/io: only dot_writer.cpp includes it, so Graphviz headers stay out of the API.
#ifndef IRKG_IO_DETAIL_GRAPHVIZ_H
#define IRKG_IO_DETAIL_GRAPHVIZ_H

#include "support/error.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <string>
#include <utility>

namespace irkg::io::detail {

/// Owns a root graph; agclose in the destructor closes its nodes, edges and subgraphs too.
class CGraph {
 public:
  CGraph() = default;
  explicit CGraph(Agraph_t* graph) noexcept : graph_(graph) {}
  CGraph(CGraph&& other) noexcept : graph_(std::exchange(other.graph_, nullptr)) {}
  CGraph& operator=(CGraph&& other) noexcept {
    if (this != &other) {
      reset();
      graph_ = std::exchange(other.graph_, nullptr);
    }
    return *this;
  }
  CGraph(const CGraph&) = delete;
  CGraph& operator=(const CGraph&) = delete;
  ~CGraph() { reset(); }

  Agraph_t* get() const noexcept { return graph_; }
  explicit operator bool() const noexcept { return graph_ != nullptr; }
  void reset() noexcept {
    if (graph_ != nullptr)
      agclose(graph_);
    graph_ = nullptr;
  }

 private:
  Agraph_t* graph_ = nullptr;
};

/// Owns a gvc context (plugins loaded from the installed configuration).
class GvContext {
 public:
  GvContext() = default;
  /// gvContext(); throws irkg::Error (Graphviz) when it fails.
  static GvContext create() {
    GvContext context;
    context.context_ = gvContext();
    if (context.context_ == nullptr) {
      throw Error(ErrorKind::Graphviz, "cannot create a Graphviz context");
    }
    return context;
  }
  GvContext(GvContext&& other) noexcept : context_(std::exchange(other.context_, nullptr)) {}
  GvContext& operator=(GvContext&& other) noexcept {
    if (this != &other) {
      reset();
      context_ = std::exchange(other.context_, nullptr);
    }
    return *this;
  }
  GvContext(const GvContext&) = delete;
  GvContext& operator=(const GvContext&) = delete;
  ~GvContext() { reset(); }

  GVC_t* get() const noexcept { return context_; }
  void reset() noexcept {
    if (context_ != nullptr)
      gvFreeContext(context_);
    context_ = nullptr;
  }

 private:
  GVC_t* context_ = nullptr;
};

/// While alive, cgraph and gvc messages (errors and warnings) go into messages() instead of
/// stderr; the previous handler is restored afterwards. cgraph's handler is process-wide, so
/// callers serialise Graphviz work (dot_writer.cpp holds a mutex).
class ErrorCapture {
 public:
  ErrorCapture() noexcept : previous_(agseterrf(&ErrorCapture::receive)) {
    previous_capture_ = std::exchange(current(), this);
  }
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;
  ~ErrorCapture() {
    current() = previous_capture_;
    agseterrf(previous_);
  }

  /// Everything reported so far, trimmed, lines joined with "; ".
  std::string messages() const {
    std::string joined;
    std::size_t begin = 0;
    while (begin < text_.size()) {
      std::size_t end = text_.find('\n', begin);
      if (end == std::string::npos)
        end = text_.size();
      std::string line = text_.substr(begin, end - begin);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
      if (!line.empty()) {
        if (!joined.empty())
          joined += "; ";
        joined += line;
      }
      begin = end + 1;
    }
    return joined;
  }

 private:
  static ErrorCapture*& current() noexcept {
    static thread_local ErrorCapture* capture = nullptr;
    return capture;
  }
  static int receive(char* message) {
    if (ErrorCapture* capture = current(); capture != nullptr && message != nullptr) {
      try {
        capture->text_ += message;
      } catch (...) {  // NOLINT(bugprone-empty-catch): C callback, out of memory drops the text
      }
    }
    return 0;
  }

  agusererrf previous_;
  ErrorCapture* previous_capture_ = nullptr;
  std::string text_;
};

/// Scope guard for a layout: gvLayout on construction, gvFreeLayout on destruction. The context
/// and the graph must outlive it.
class GvLayout {
 public:
  GvLayout() = default;
  /// Lays out \p graph with \p engine; throws irkg::Error (Graphviz) with what Graphviz
  /// reported to \p capture when gvLayout fails.
  GvLayout(GVC_t* context, Agraph_t* graph, const char* engine, const ErrorCapture& capture)
      : context_(context), graph_(graph) {
    if (gvLayout(context_, graph_, engine) != 0) {
      context_ = nullptr;
      graph_ = nullptr;
      const std::string messages = capture.messages();
      throw Error(ErrorKind::Graphviz, std::string("layout with '") + engine + "' failed" +
                                           (messages.empty() ? "" : ": " + messages));
    }
  }
  GvLayout(GvLayout&& other) noexcept
      : context_(std::exchange(other.context_, nullptr)),
        graph_(std::exchange(other.graph_, nullptr)) {}
  GvLayout& operator=(GvLayout&& other) noexcept {
    if (this != &other) {
      reset();
      context_ = std::exchange(other.context_, nullptr);
      graph_ = std::exchange(other.graph_, nullptr);
    }
    return *this;
  }
  GvLayout(const GvLayout&) = delete;
  GvLayout& operator=(const GvLayout&) = delete;
  ~GvLayout() { reset(); }

  void reset() noexcept {
    if (context_ != nullptr && graph_ != nullptr)
      gvFreeLayout(context_, graph_);
    context_ = nullptr;
    graph_ = nullptr;
  }

 private:
  GVC_t* context_ = nullptr;
  Agraph_t* graph_ = nullptr;
};

/// A gvRenderData buffer.
struct RenderDataDeleter {
  void operator()(char* data) const noexcept { gvFreeRenderData(data); }
};
using RenderData = std::unique_ptr<char, RenderDataDeleter>;

}  // namespace irkg::io::detail

#endif  // IRKG_IO_DETAIL_GRAPHVIZ_H
