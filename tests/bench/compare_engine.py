#!/usr/bin/python3
"""Runs the engine workloads side by side in Neurona (bench_engine), NumPy and PyTorch (1 thread), and
scikit-learn where it applies, then prints each time and the ratios.

  /usr/bin/python3 tests/bench/compare_engine.py [--bench build/tests/bench/bench_engine] [--epochs 50000]

Workloads (issue "Core engine"):
  1. tutorial: 1000 points of 2-class Gaussian quantiles, [2,4,8,1] relu/relu/sigmoid, MSE, full-batch SGD
     lr 0.5 on mean-reduced MSE, --epochs epochs (50,000 by default; the ratios do not depend on it).
  2. wide: 100,000 points, [2,64,64,64,1] tanh + sigmoid, BCE, Adam lr 0.01, batch 32, one epoch.
  3. grid: forward pass on a 256 x 256 grid for [2,8,8,1] and [2,64,64,64,1].
Both wall and CPU (process) times are printed: on a loaded machine the CPU times are the steadier ratio.
Install libopenblas0 first, or NumPy and PyTorch fall back to the slow reference BLAS.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def timed(fn):
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - w, time.process_time() - c, out


def gaussian_quantiles(n, rng):
    x = rng.standard_normal((n, 2))
    r2 = (x ** 2).sum(axis=1)
    y = (r2 >= np.median(r2)).astype(np.float64).reshape(-1, 1)
    return x, y


# ---------------------------------------------------------------- workload 1: the NumPy tutorial
def numpy_tutorial(x, y, epochs, dtype=np.float64):
    rng = np.random.default_rng(0)
    x = x.astype(dtype)
    y = y.astype(dtype)
    sizes = [2, 4, 8, 1]
    W = [rng.uniform(-1, 1, (sizes[i], sizes[i + 1])).astype(dtype) for i in range(3)]
    b = [np.zeros((1, sizes[i + 1]), dtype) for i in range(3)]
    lr = dtype(0.5)
    n = x.shape[0]
    for _ in range(epochs):
        z1 = x @ W[0] + b[0]
        a1 = np.maximum(z1, 0)
        z2 = a1 @ W[1] + b[1]
        a2 = np.maximum(z2, 0)
        z3 = a2 @ W[2] + b[2]
        a3 = 1.0 / (1.0 + np.exp(-z3))
        d3 = (2.0 / n) * (a3 - y) * a3 * (1 - a3)
        d2 = (d3 @ W[2].T) * (z2 > 0)
        d1 = (d2 @ W[1].T) * (z1 > 0)
        grads = [(x.T @ d1, d1.sum(0, keepdims=True)), (a1.T @ d2, d2.sum(0, keepdims=True)),
                 (a2.T @ d3, d3.sum(0, keepdims=True))]
        for i, (gw, gb) in enumerate(grads):
            W[i] -= lr * gw
            b[i] -= lr * gb
    return float(((a3 >= 0.5) == (y >= 0.5)).mean())


def torch_tutorial(x, y, epochs):
    torch.manual_seed(0)
    xt = torch.tensor(x, dtype=torch.float32)
    yt = torch.tensor(y, dtype=torch.float32)
    model = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.ReLU(), torch.nn.Linear(4, 8), torch.nn.ReLU(),
                                torch.nn.Linear(8, 1), torch.nn.Sigmoid())
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    loss_fn = torch.nn.MSELoss()
    for _ in range(epochs):
        opt.zero_grad()
        out = model(xt)
        loss = loss_fn(out, yt)
        loss.backward()
        opt.step()
    return float(((out >= 0.5) == (yt >= 0.5)).float().mean())


# ---------------------------------------------------------------- workload 2: wide net, Adam, batch 32
def numpy_wide(x, y, batch=32, lr=0.01):
    rng = np.random.default_rng(0)
    x = x.astype(np.float32)
    y = y.astype(np.float32)
    sizes = [2, 64, 64, 64, 1]
    W = [(rng.standard_normal((sizes[i], sizes[i + 1])) * np.sqrt(1 / sizes[i])).astype(np.float32) for i in range(4)]
    b = [np.zeros((1, sizes[i + 1]), np.float32) for i in range(4)]
    params = W + b
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    b1, b2, eps = 0.9, 0.999, 1e-8
    order = rng.permutation(x.shape[0])
    t = 0
    for s in range(0, x.shape[0], batch):
        idx = order[s:s + batch]
        xb, yb = x[idx], y[idx]
        acts = [xb]
        h = xb
        for i in range(3):
            h = np.tanh(h @ W[i] + b[i])
            acts.append(h)
        z = h @ W[3] + b[3]
        p = 1.0 / (1.0 + np.exp(-z))
        d = (p - yb) / len(idx)
        gW = [None] * 4
        gb = [None] * 4
        for i in range(3, -1, -1):
            gW[i] = acts[i].T @ d
            gb[i] = d.sum(0, keepdims=True)
            if i > 0:
                d = (d @ W[i].T) * (1 - acts[i] ** 2)
        grads = gW + gb
        t += 1
        for k, g in enumerate(grads):
            m[k] = b1 * m[k] + (1 - b1) * g
            v[k] = b2 * v[k] + (1 - b2) * g * g
            params[k] -= lr / (1 - b1 ** t) * m[k] / (np.sqrt(v[k]) / np.sqrt(1 - b2 ** t) + eps)
    return None


def torch_wide(x, y, batch=32):
    torch.manual_seed(0)
    xt = torch.tensor(x, dtype=torch.float32)
    yt = torch.tensor(y, dtype=torch.float32)
    model = torch.nn.Sequential(torch.nn.Linear(2, 64), torch.nn.Tanh(), torch.nn.Linear(64, 64), torch.nn.Tanh(),
                                torch.nn.Linear(64, 64), torch.nn.Tanh(), torch.nn.Linear(64, 1))
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    order = torch.randperm(xt.shape[0])
    for s in range(0, xt.shape[0], batch):
        idx = order[s:s + batch]
        opt.zero_grad()
        loss = loss_fn(model(xt[idx]), yt[idx])
        loss.backward()
        opt.step()


def sklearn_wide(x, y):
    try:
        from sklearn.neural_network import MLPClassifier
    except ImportError:
        return None
    import warnings
    clf = MLPClassifier(hidden_layer_sizes=(64, 64, 64), activation="tanh", solver="adam", learning_rate_init=0.01,
                        batch_size=32, max_iter=1, shuffle=True, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w, c, _ = timed(lambda: clf.fit(x.astype(np.float32), y.ravel().astype(np.int64)))
    return w, c, clf


# ---------------------------------------------------------------- grid evaluation
def grid_points():
    g = np.linspace(-3, 3, 256, dtype=np.float32)
    xx, yy = np.meshgrid(g, g)
    return np.stack([xx.ravel(), yy.ravel()], axis=1)


def torch_grid(sizes, pts, reps):
    torch.manual_seed(0)
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
        layers.append(torch.nn.Tanh() if i < len(sizes) - 2 else torch.nn.Sigmoid())
    model = torch.nn.Sequential(*layers)
    pt = torch.tensor(pts)
    with torch.no_grad():
        model(pt)
        w, c, _ = timed(lambda: [model(pt) for _ in range(reps)])
    return w / reps, c / reps


def numpy_grid(sizes, pts, reps):
    rng = np.random.default_rng(0)
    W = [rng.standard_normal((sizes[i], sizes[i + 1])).astype(np.float32) * 0.3 for i in range(len(sizes) - 1)]
    b = [np.zeros(sizes[i + 1], np.float32) for i in range(len(sizes) - 1)]

    def fwd():
        h = pts
        for i in range(len(W)):
            h = h @ W[i] + b[i]
            h = np.tanh(h) if i < len(W) - 1 else 1 / (1 + np.exp(-h))
        return h
    fwd()
    w, c, _ = timed(lambda: [fwd() for _ in range(reps)])
    return w / reps, c / reps


def sklearn_grid(pts, reps):
    try:
        from sklearn.neural_network import MLPClassifier
    except ImportError:
        return None
    import warnings
    rng = np.random.default_rng(0)
    clf = MLPClassifier(hidden_layer_sizes=(64, 64, 64), activation="tanh", max_iter=1, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        clf.fit(rng.standard_normal((64, 2)).astype(np.float32), rng.integers(0, 2, 64))
    clf.predict_proba(pts)
    w, c, _ = timed(lambda: [clf.predict_proba(pts) for _ in range(reps)])
    return w / reps, c / reps


# ---------------------------------------------------------------- Neurona
def find_bench(explicit):
    if explicit:
        return explicit
    for d in ("build-engine", "build", "build-native"):
        p = os.path.join(ROOT, d, "tests", "bench", "bench_engine")
        if os.path.exists(p):
            return p
    sys.exit("bench_engine not found; build it (cmake --build BUILD --target bench_engine) or pass --bench")


def run_neurona(bench, epochs):
    env = dict(os.environ, NEURONA_BENCH_EPOCHS=str(epochs))
    flt = "Workload|Grid256_2_8_8_1/threads:2|Grid256_2_64_64_64_1/threads:2"
    out = subprocess.run([bench, "--benchmark_filter=" + flt, "--benchmark_format=json",
                          "--benchmark_min_time=0.5"], env=env, check=True, capture_output=True, text=True).stdout
    res = {}
    for b in json.loads(out)["benchmarks"]:
        scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
        res[b["name"].split("/")[0]] = (b["real_time"] * scale, b["cpu_time"] * scale)
    return res


def row(name, mine, others, target=""):
    parts = [f"{name:<34}", f"neurona {fmt(mine)}"]
    for label, t in others:
        if t is None:
            continue
        parts.append(f"{label} {fmt(t)} (x{t[0] / mine[0]:.1f} wall, x{t[1] / mine[1]:.1f} cpu)")
    print("  ".join(parts) + ("  " + target if target else ""))


def fmt(t):
    w, c = t

    def one(s):
        return f"{s * 1e3:.2f} ms" if s < 1 else f"{s:.3f} s"
    return f"{one(w)} wall / {one(c)} cpu"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", help="path of bench_engine")
    ap.add_argument("--epochs", type=int, default=50000, help="epochs of workload 1 (all three engines)")
    ap.add_argument("--skip-numpy-tutorial", action="store_true", help="the slowest part at 50,000 epochs")
    args = ap.parse_args()
    torch.set_num_threads(1)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    bench = find_bench(args.bench)
    print(f"bench: {bench}\nnumpy {np.__version__}, torch {torch.__version__} (1 thread), epochs {args.epochs}")

    neu = run_neurona(bench, args.epochs)
    rng = np.random.default_rng(3)
    x, y = gaussian_quantiles(1000, rng)
    npw = None if args.skip_numpy_tutorial else timed(lambda: numpy_tutorial(x, y, args.epochs))[:2]
    tw = timed(lambda: torch_tutorial(x, y, args.epochs))[:2]
    print("\nworkload 1 (tutorial, per run; target: >= 8x NumPy, >= 15x PyTorch)")
    row("[2,4,8,1] SGD full batch", neu["BM_Workload1_Tutorial"], [("numpy", npw), ("torch", tw)])
    per = neu["BM_Workload1_Tutorial"][0] / args.epochs * 1e6
    print(f"{'':<34}  neurona {per:.1f} us/epoch wall")

    x2, y2 = gaussian_quantiles(100000, rng)
    npw2 = timed(lambda: numpy_wide(x2, y2))[:2]
    tw2 = timed(lambda: torch_wide(x2, y2))[:2]
    sk = sklearn_wide(x2, y2)
    print("\nworkload 2 (one epoch of 100,000; target: >= 210,000 samples/s, 3x PyTorch)")
    row("[2,64,64,64,1] Adam batch 32", neu["BM_Workload2_Wide"], [("numpy", npw2), ("torch", tw2),
                                                                    ("sklearn", sk[:2] if sk else None)])
    for label, t in [("neurona", neu["BM_Workload2_Wide"]), ("numpy", npw2), ("torch", tw2),
                     ("sklearn", sk[:2] if sk else None)]:
        if t:
            print(f"{'':<34}  {label}: {100000 / t[0]:,.0f} samples/s wall, {100000 / t[1]:,.0f} samples/s cpu")

    pts = grid_points()
    print("\ngrid 256 x 256 forward (targets: [2,64,64,64,1] <= 35 ms, [2,8,8,1] < 2 ms)")
    row("[2,8,8,1]", neu["BM_Grid256_2_8_8_1"], [("numpy", numpy_grid([2, 8, 8, 1], pts, 20)),
                                                 ("torch", torch_grid([2, 8, 8, 1], pts, 20))])
    row("[2,64,64,64,1]", neu["BM_Grid256_2_64_64_64_1"],
        [("numpy", numpy_grid([2, 64, 64, 64, 1], pts, 5)), ("torch", torch_grid([2, 64, 64, 64, 1], pts, 5)),
         ("sklearn", sklearn_grid(pts, 5))])
    print("\n(neurona grid uses 2 threads: its cpu time is the sum over both threads)")


if __name__ == "__main__":
    main()
