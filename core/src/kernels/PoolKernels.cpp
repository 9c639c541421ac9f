// Max pooling over the batch, one window at a time: each of the window's cells is a column of the batch
// (one input feature over every sample), so each step compares a register of samples.
#include "kernels/PacketLoop.h"

namespace neurona::kernels::NEURONA_KERNEL_NS {

namespace {

// out = max over the cells, from = the index of the first cell holding it: a later cell wins only when
// strictly greater, so ties keep the first and a NaN never takes a place.
template <class T> struct MaxWindow {
  const T* const* cells;
  const T* indices;
  int count;
  T* out;
  T* from;

  template <class P> Index span(Index r, Index n) const {
    constexpr Index W = packetSize<P>();
    for (; r + W <= n; r += W) {
      P best = ei::ploadu<P>(cells[0] + r);
      P at = ei::pset1<P>(indices[0]);
      for (int c = 1; c < count; ++c) {
        const P v = ei::ploadu<P>(cells[c] + r);
        const P wins = ei::pcmp_lt(best, v);
        best = ei::pselect(wins, v, best);
        if (from) at = ei::pselect(wins, ei::pset1<P>(indices[c]), at);
      }
      ei::pstoreu(out + r, best);
      if (from) ei::pstoreu(from + r, at);
    }
    return r;
  }
};

// dx_c (+)= dOut ⊙ [from = index_c] for each cell c of the window: ∂max/∂cell is 1 where the cell won.
template <class T, bool Accumulate> struct RouteWindow {
  const T* dOut;
  const T* from;
  T* const* cells;
  const T* indices;
  int count;

  template <class P> Index span(Index r, Index n) const {
    constexpr Index W = packetSize<P>();
    for (; r + W <= n; r += W) {
      const P d = ei::ploadu<P>(dOut + r), won = ei::ploadu<P>(from + r);
      for (int c = 0; c < count; ++c) {
        const P share = ei::pand(ei::pcmp_eq(won, ei::pset1<P>(indices[c])), d);
        ei::pstoreu(cells[c] + r, Accumulate ? ei::padd(ei::ploadu<P>(cells[c] + r), share) : share);
      }
    }
    return r;
  }
};

} // namespace

template <class T>
void maxPoolWindow(const T* const* cells, const T* indices, int count, Index n, T* out, T* from) {
  MaxWindow<T> body{cells, indices, count, out, from};
  for (Index r = forPackets<T>(0, n, body); r < n; ++r) {
    T best = cells[0][r], at = indices[0];
    for (int c = 1; c < count; ++c)
      if (best < cells[c][r]) {
        best = cells[c][r];
        at = indices[c];
      }
    out[r] = best;
    if (from) from[r] = at;
  }
}

template <class T>
void maxPoolRoute(const T* dOut, const T* from, T* const* cells, const T* indices, int count, Index n,
                  bool accumulate) {
  const auto tail = [&](Index r) {
    for (; r < n; ++r)
      for (int c = 0; c < count; ++c) {
        const T share = from[r] == indices[c] ? dOut[r] : T(0);
        cells[c][r] = accumulate ? cells[c][r] + share : share;
      }
  };
  if (accumulate) {
    RouteWindow<T, true> body{dOut, from, cells, indices, count};
    tail(forPackets<T>(0, n, body));
  } else {
    RouteWindow<T, false> body{dOut, from, cells, indices, count};
    tail(forPackets<T>(0, n, body));
  }
}

template void maxPoolWindow<float>(const float* const*, const float*, int, Index, float*, float*);
template void maxPoolWindow<double>(const double* const*, const double*, int, Index, double*, double*);
template void maxPoolRoute<float>(const float*, const float*, float* const*, const float*, int, Index, bool);
template void maxPoolRoute<double>(const double*, const double*, double* const*, const double*, int, Index,
                                   bool);

} // namespace neurona::kernels::NEURONA_KERNEL_NS
