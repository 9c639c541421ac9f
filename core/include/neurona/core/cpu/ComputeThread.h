#pragma once
// The floating-point environment of a thread that runs the engine's numbers.
//
// Every thread that trains or evaluates a network calls enterComputeThread() once, first thing: the
// process's main thread in neurona-cli, the GUI's training worker, the grid evaluator's own threads.
// It turns subnormal floats off for that thread: results below the smallest normal float (about 1.2e-38)
// become 0 (flush-to-zero) and subnormal inputs read as 0 (denormals-are-zero). Most CPUs handle
// subnormals in microcode, up to a hundred times slower than normal numbers, and a network that
// converges fills up with them; at float32 training precision they carry no useful signal (PyTorch
// offers the same switch as torch.set_flush_denormal). The setting belongs to the thread, so a thread
// that did not call this function is unaffected.
namespace neurona {

// Sets flush-to-zero and denormals-are-zero for the calling thread (x86-64: MXCSR FTZ|DAZ; aarch64:
// FPCR.FZ). Idempotent; on other processors it does nothing.
void enterComputeThread();

// Whether the calling thread flushes subnormals (what enterComputeThread() sets).
bool subnormalsFlushed();

} // namespace neurona
