#pragma once
// Private helper of the model exporters (ONNX, NumPy, PyTorch, Keras, C++ header): a network's graph as
// the exports write it, with what each layer reads and how wide each layer's output is. Layers are
// numbered 1, 2, … by position in the generated code (h1, h2, …; h0 is the network's input), never by
// their names, which come from files.
#include "neurona/core/graph/Shapes.h"
#include "neurona/core/io/Model.h"

#include <string>
#include <vector>

namespace neurona {

// Where a conv2d's or pool's window reads its input image, with the padding TensorFlow's "same" adds:
// ⌊total / 2⌋ before, the rest after (bottom, right), total = max((out − 1)·stride + window − in, 0).
struct ExportWindow {
  int inHeight = 0, inWidth = 0, inChannels = 0;
  int outHeight = 0, outWidth = 0, outChannels = 0;
  int kernelHeight = 1, kernelWidth = 1, strideHeight = 1, strideWidth = 1;
  int padTop = 0, padBottom = 0, padLeft = 0, padRight = 0;
  bool padded() const { return padTop || padBottom || padLeft || padRight; }
  bool symmetric() const { return padTop == padBottom && padLeft == padRight; }
};

class ExportGraph {
public:
  explicit ExportGraph(const Model& model);

  int size() const { return static_cast<int>(m_sources.size()); }
  // What layer i reads, as indices (-1: the network's input), in order, never empty and only layers before
  // it: a valid model's wires as they are; a wire the model should not have (to a later layer, to nothing)
  // becomes the network's input, so that an export of an invalid model is still code that compiles.
  const std::vector<int>& sources(int i) const { return m_sources[static_cast<std::size_t>(i)]; }
  // The width of layer i's output; i = -1: the network's inputs (the features).
  int width(int i) const { return i < 0 ? m_features : m_widths[static_cast<std::size_t>(i)]; }
  // The output layer: the last in the list (a straight network's trailing dropout or batch normalisation
  // included, as the engine runs it).
  int output() const { return size() - 1; }
  // The width of the outputs: the output layer's, or Model::outputCount() for a straight network (the
  // same there, and what its exports have always said).
  int outputWidth() const { return m_outputWidth; }
  // Whether an export writes the network as a graph (one value per layer) rather than a straight stack.
  bool isGraph() const { return m_graph; }
  // Whether the network has image layers (conv2d, pools, flatten): the exports then write it in their
  // graph form, one value per layer, each image layer reading its input's image shape.
  bool hasImages() const { return m_images; }
  // The shape of layer i's output (i = -1: the network's input) as inferShapes gives it.
  const TensorShape& shape(int i) const {
    return i < 0 ? m_inputShape : m_shapes[static_cast<std::size_t>(i)];
  }
  // The window of conv2d or pool layer i over its input.
  ExportWindow window(int i) const;

  // The name of layer j's value in the generated code: "h0" for the network's input (j = -1), else
  // "h<j + 1>".
  static std::string value(int j);
  // "the input", "layer 2", "layers 1, 3": what layer i reads, for a comment.
  std::string sourcesText(int i) const;

private:
  std::vector<std::vector<int>> m_sources;
  std::vector<int> m_widths;
  std::vector<TensorShape> m_shapes;
  TensorShape m_inputShape;
  std::vector<LayerSpec> m_layers;
  bool m_images = false;
  int m_features = 0;
  int m_outputWidth = 0;
  bool m_graph = false;
};

} // namespace neurona
