#pragma once
// Element loops over SIMD registers of the kernel set's width, with the tail taken by the narrower
// registers of the same set (AVX-512: 16 floats, then 8, then 4) before the last few scalars.
#include "kernels/KernelImpl.h"

namespace neurona::kernels::NEURONA_KERNEL_NS {

namespace ei = Eigen::internal;

template <class P> constexpr Index packetSize() { return ei::unpacket_traits<P>::size; }
template <class P> using HalfPacket = typename ei::unpacket_traits<P>::half;

// r = body.template span<P>(r, n) for P = the full packet of T, then each narrower one: each span covers
// whole registers of P from r while they fit below n and returns where it stopped. Returns the first row
// left for scalar code.
template <class T, class Body> Index forPackets(Index start, Index n, Body& body) {
  using P1 = typename ei::packet_traits<T>::type;
  using P2 = HalfPacket<P1>;
  using P3 = HalfPacket<P2>;
  Index r = body.template span<P1>(start, n);
  if constexpr (packetSize<P2>() < packetSize<P1>()) {
    r = body.template span<P2>(r, n);
    if constexpr (packetSize<P3>() < packetSize<P2>()) r = body.template span<P3>(r, n);
  }
  return r;
}

// forPackets, then the rest one scalar at a time through the same body: Eigen's packet functions accept a
// plain T as a one-lane packet (ploadu, pmadd, psqrt, …), so one body serves every width.
template <class T, class Body> void forLanes(Index n, Body& body) {
  body.template span<T>(forPackets<T>(0, n, body), n);
}

} // namespace neurona::kernels::NEURONA_KERNEL_NS
