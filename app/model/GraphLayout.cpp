#include "model/GraphLayout.h"

#include <algorithm>

using neurona::kNetworkInput;
using neurona::NetworkSpec;

std::vector<int> GraphLayout::columns(const NetworkSpec& spec) {
  const int n = static_cast<int>(spec.layers.size());
  std::vector<int> column(static_cast<std::size_t>(n), 1);
  // The list is in topological order, so one pass sees every source before its reader. A source listed
  // later (a cycle from a file, which validation reports) is ignored here.
  for (int i = 0; i < n; ++i) {
    int c = 1;
    for (int j : spec.sourcesOf(i))
      if (j >= 0 && j < i) c = std::max(c, column[static_cast<std::size_t>(j)] + 1);
    column[static_cast<std::size_t>(i)] = c;
  }
  return column;
}

BlockPositions GraphLayout::arrange(const NetworkSpec& spec) {
  const int n = static_cast<int>(spec.layers.size());
  const std::vector<int> column = columns(spec);
  const int last = n == 0 ? 0 : *std::max_element(column.begin(), column.end());
  std::vector<double> row(static_cast<std::size_t>(n), 0.0);
  BlockPositions out;
  out[kNetworkInput] = QPointF(0.0, 0.0);
  for (int c = 1; c <= last; ++c) {
    // Each block of the column with the mean row of its sources; a block reading nothing goes last.
    std::vector<std::pair<double, int>> order;
    for (int i = 0; i < n; ++i) {
      if (column[static_cast<std::size_t>(i)] != c) continue;
      double sum = 0.0;
      int count = 0;
      for (int j : spec.sourcesOf(i)) {
        if (j >= i) continue;
        sum += j < 0 ? 0.0 : row[static_cast<std::size_t>(j)];
        ++count;
      }
      order.emplace_back(count > 0 ? sum / count : 1e9, i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    // Rows centred on the input's, so a column of one block sits level with it.
    const double first = -(static_cast<double>(order.size()) - 1.0) / 2.0;
    for (std::size_t k = 0; k < order.size(); ++k) {
      const int i = order[k].second;
      row[static_cast<std::size_t>(i)] = first + static_cast<double>(k);
      out[spec.layers[static_cast<std::size_t>(i)].id] = QPointF(c, row[static_cast<std::size_t>(i)]);
    }
  }
  return out;
}
