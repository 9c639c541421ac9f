#!/usr/bin/python3
"""Runs the engine workloads side by side in Neurona (bench_engine and neurona-cli), NumPy and PyTorch (1 thread),
and scikit-learn where it applies, then prints each time and the ratios; then the default build against a
-DNEURONA_NATIVE=ON build of the same source, and a summary table with the targets of the issue "Speed as
shipped".

  /usr/bin/python3 tests/bench/compare_engine.py [--build build] [--native build-native] [--build-native]
                                                 [--epochs 50000] [--runs 3]

--build-native configures and builds the native variant (bench_engine and neurona-cli only) into --native
first; without it the native columns appear when that folder already holds both programs.

Workloads:
  1. tutorial: 1000 points of 2-class Gaussian quantiles, [2,4,8,1] relu/relu/sigmoid, MSE, full-batch SGD
     lr 0.5 on mean-reduced MSE, --epochs epochs (50,000 by default). Measured three ways: the raw step
     (bench_engine, forward + backward + update on the 1000 points), the Trainer loop (bench_engine), and
     `neurona-cli train resources/examples/tutorial.neurona` as a whole process (start-up, data, training,
     model file), against the tutorial's NumPy algorithm (float64, OpenBLAS) on the same 1000 points.
  2. wide: 100,000 points of the 2-class spiral, [2,64,64,64,1] tanh + sigmoid, BCE, Adam lr 0.01, batch
     32, one epoch.
  3. grid: forward pass on a 256 x 256 grid for [2,8,8,1] and [2,64,64,64,1] (Neurona: 2 threads).
  4. cnn: 10,000 16 x 16 `shapes` pictures, conv 8@3x3 same relu -> maxpool 2 -> conv 16@3x3 same relu ->
     maxpool 2 -> flatten -> dense 4 softmax, cross-entropy, Adam lr 0.001, batch 32, one epoch, against
     PyTorch's Conv2d/MaxPool2d on one thread (the same pictures, through neurona-cli dataset).
Both wall and CPU (process) times are printed: on a loaded machine the CPU times are the steadier ratio.
Neurona trains on one thread and PyTorch is held to one; NumPy keeps OpenBLAS's own threading (every core),
its fastest here, so the NumPy ratios err on NumPy's side (OPENBLAS_NUM_THREADS=1 in the environment holds
it to one). Install libopenblas0 first, or NumPy and PyTorch fall back to the slow reference BLAS.
"""
import argparse
import datetime
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
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
    torch_epoch(model, torch.nn.BCEWithLogitsLoss(), xt, yt, 0.01, batch)


def torch_epoch(model, loss_fn, xt, yt, lr, batch):
    """One epoch of Adam over shuffled batches."""
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    order = torch.randperm(xt.shape[0])
    for s in range(0, xt.shape[0], batch):
        idx = order[s:s + batch]
        opt.zero_grad()
        loss = loss_fn(model(xt[idx]), yt[idx])
        loss.backward()
        opt.step()


def torch_cnn(x, y, batch=32):
    """Workload 4 in PyTorch: the pictures are channels-last rows (p0... in height, width, channel order)."""
    torch.manual_seed(0)
    xt = torch.tensor(x, dtype=torch.float32).reshape(-1, 16, 16, 1).permute(0, 3, 1, 2).contiguous()
    yt = torch.tensor(y, dtype=torch.long)
    model = torch.nn.Sequential(torch.nn.Conv2d(1, 8, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
                                torch.nn.Conv2d(8, 16, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
                                torch.nn.Flatten(), torch.nn.Linear(16 * 4 * 4, 4))
    torch_epoch(model, torch.nn.CrossEntropyLoss(), xt, yt, 0.001, batch)


def shapes_data(cli, workdir):
    """Workload 4's 10,000 pictures (shapes, noise 0.1, seed 4), through neurona-cli."""
    path = os.path.join(workdir, "shapes.csv")
    subprocess.run([cli, "dataset", "shapes", "--samples", "10000", "--noise", "0.1", "--seed", "4", "--out", path],
                   check=True, stdout=subprocess.DEVNULL)
    names = np.loadtxt(path, delimiter=",", skiprows=1, usecols=-1, dtype=str)  # the labels are class names
    pixels = np.loadtxt(path, delimiter=",", skiprows=1, usecols=range(16 * 16))
    classes = {name: k for k, name in enumerate(sorted(set(names)))}
    return pixels, np.array([classes[n] for n in names], dtype=np.int64)


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
BENCH_FILTER = ("Workload|Grid256_2_8_8_1/threads:2|Grid256_2_64_64_64_1/threads:2|TrainStepTutorial/1000$")


def programs(build):
    return (os.path.join(build, "tests", "bench", "bench_engine"), os.path.join(build, "app", "neurona-cli"))


def have(build):
    return all(os.path.exists(p) for p in programs(build))


def build_native(folder):
    print(f"building the native variant into {folder} (bench_engine, neurona-cli) ...", flush=True)
    subprocess.run(["cmake", "-S", ROOT, "-B", folder, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                    "-DNEURONA_NATIVE=ON"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", folder, "--target", "bench_engine", "neurona-cli", "-j",
                    str(os.cpu_count() or 2)], check=True, stdout=subprocess.DEVNULL)


def run_neurona(bench, epochs):
    env = dict(os.environ, NEURONA_BENCH_EPOCHS=str(epochs))
    out = subprocess.run([bench, "--benchmark_filter=" + BENCH_FILTER, "--benchmark_format=json",
                          "--benchmark_min_time=0.5"], env=env, check=True, capture_output=True, text=True).stdout
    res = {}
    for b in json.loads(out)["benchmarks"]:
        scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
        res[b["name"].split("/")[0]] = (b["real_time"] * scale, b["cpu_time"] * scale)
    return res


def kernels_of(cli):
    out = subprocess.run([cli, "--version"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("kernels:"):
            return line.split(":", 1)[1].strip()
    return "?"


def run_cli_train(cli, epochs, runs, workdir):
    """neurona-cli train on the tutorial, as a whole process: the median of `runs` runs (wall, cpu)."""
    project = os.path.join(ROOT, "resources", "examples", "tutorial.neurona")
    walls, cpus = [], []
    for i in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        w = time.perf_counter()
        subprocess.run([cli, "train", project, "--epochs", str(epochs), "--quiet", "--out",
                        os.path.join(workdir, f"tutorial-{i}.json")], check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - w)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def tutorial_data(cli, workdir):
    """The tutorial project's own 1000 points (gaussian-quantiles, cov 0.1, seed 0), through neurona-cli."""
    path = os.path.join(workdir, "tutorial.csv")
    subprocess.run([cli, "dataset", "gaussian-quantiles", "--samples", "1000", "--param", "cov=0.1", "--seed", "0",
                    "--out", path], check=True, stdout=subprocess.DEVNULL)
    data = np.loadtxt(path, delimiter=",", skiprows=1)
    return data[:, :2], data[:, 2:3]


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


def machine():
    model = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"), help="the default build folder")
    ap.add_argument("--native", default=os.path.join(ROOT, "build-native"), help="the -DNEURONA_NATIVE=ON build")
    ap.add_argument("--build-native", action="store_true", help="configure and build --native first")
    ap.add_argument("--epochs", type=int, default=50000, help="epochs of workload 1 (all engines)")
    ap.add_argument("--runs", type=int, default=3, help="neurona-cli runs per build (the median counts)")
    args = ap.parse_args()
    torch.set_num_threads(1)
    if not have(args.build):
        sys.exit(f"{args.build} lacks bench_engine or neurona-cli; build them "
                 f"(cmake --build {args.build} --target bench_engine neurona-cli)")
    if args.build_native:
        build_native(args.native)
    builds = [("default", args.build)] + ([("native", args.native)] if have(args.native) else [])
    print(f"{machine()}, {datetime.date.today().isoformat()}")
    print(f"numpy {np.__version__}, torch {torch.__version__} (1 thread), epochs {args.epochs}")

    # Neurona first, every build side by side, so that they share the machine's state.
    neu, cli = {}, {}
    with tempfile.TemporaryDirectory() as work:
        for label, folder in builds:
            bench, program = programs(folder)
            print(f"{label}: {folder} (kernels: {kernels_of(program)})", flush=True)
            neu[label] = run_neurona(bench, args.epochs)
            cli[label] = run_cli_train(program, args.epochs, args.runs, work)
        x, y = tutorial_data(programs(args.build)[1], work)
        x4, y4 = shapes_data(programs(args.build)[1], work)
    d = neu["default"]

    npw = timed(lambda: numpy_tutorial(x, y, args.epochs))[:2]
    tw = timed(lambda: torch_tutorial(x, y, args.epochs))[:2]
    print("\nworkload 1 (tutorial, per run; NumPy and PyTorch on the tutorial's 1000 points)")
    row("[2,4,8,1] SGD, bench Trainer loop", d["BM_Workload1_Tutorial"], [("numpy", npw), ("torch", tw)])
    row("[2,4,8,1] SGD, neurona-cli process", cli["default"], [("numpy", npw), ("torch", tw)])
    step = d["BM_TrainStepTutorial"][0]
    per_cli = cli["default"][0] / args.epochs
    print(f"{'':<34}  neurona: step {step * 1e6:.2f} us (bench_engine), Trainer loop "
          f"{d['BM_Workload1_Tutorial'][0] / args.epochs * 1e6:.2f} us/epoch, neurona-cli "
          f"{per_cli * 1e6:.2f} us/epoch (whole process)")

    rng = np.random.default_rng(3)
    x2, y2 = gaussian_quantiles(100000, rng)
    npw2 = timed(lambda: numpy_wide(x2, y2))[:2]
    tw2 = timed(lambda: torch_wide(x2, y2))[:2]
    sk = sklearn_wide(x2, y2)
    print("\nworkload 2 (one epoch of 100,000)")
    row("[2,64,64,64,1] Adam batch 32", d["BM_Workload2_Wide"], [("numpy", npw2), ("torch", tw2),
                                                                  ("sklearn", sk[:2] if sk else None)])
    for label, t in [("neurona", d["BM_Workload2_Wide"]), ("numpy", npw2), ("torch", tw2),
                     ("sklearn", sk[:2] if sk else None)]:
        if t:
            print(f"{'':<34}  {label}: {100000 / t[0]:,.0f} samples/s wall, {100000 / t[1]:,.0f} samples/s cpu")

    tc4 = timed(lambda: torch_cnn(x4, y4))[:2]
    print("\nworkload 4 (one epoch of 10,000 16 x 16 shapes)")
    row("CNN 8@3x3, pool, 16@3x3, pool, dense 4", d["BM_Workload4_ShapesCnn"], [("torch", tc4)])

    pts = grid_points()
    print("\ngrid 256 x 256 forward")
    row("[2,8,8,1]", d["BM_Grid256_2_8_8_1"], [("numpy", numpy_grid([2, 8, 8, 1], pts, 20)),
                                               ("torch", torch_grid([2, 8, 8, 1], pts, 20))])
    row("[2,64,64,64,1]", d["BM_Grid256_2_64_64_64_1"],
        [("numpy", numpy_grid([2, 64, 64, 64, 1], pts, 5)), ("torch", torch_grid([2, 64, 64, 64, 1], pts, 5)),
         ("sklearn", sklearn_grid(pts, 5))])
    print("(neurona grid uses 2 threads: its cpu time is the sum over both threads)")

    # The targets of the issue "Speed as shipped", default build against native, as a Markdown table.
    have_native = "native" in neu
    n = neu.get("native", {})

    def ms(t):
        return f"{t * 1e3:.1f} ms" if t < 1 else f"{t:.2f} s"

    def apart(a, b):
        return f"{a / b:.2f}x" if b else "-"
    rows = []
    ratio = npw[0] / cli["default"][0]
    rows.append(("tutorial 50,000 epochs, `neurona-cli train` (whole process) vs NumPy+OpenBLAS "
                 f"({ms(npw[0])})", f"{ms(cli['default'][0])}: {ratio:.1f}x NumPy",
                 ms(cli["native"][0]) if have_native else "-",
                 apart(cli["default"][0], cli["native"][0]) if have_native else "-", ">= 15x", ratio >= 15))
    gap = per_cli / step
    rows.append(("same, `bench_engine` step vs `neurona-cli train` per epoch",
                 f"{step * 1e6:.1f} vs {per_cli * 1e6:.1f} us: {gap:.2f}x apart",
                 f"{n['BM_TrainStepTutorial'][0] * 1e6:.1f} vs {cli['native'][0] / args.epochs * 1e6:.1f} us"
                 if have_native else "-", "-", "<= 1.3x apart", gap <= 1.3))
    g = d["BM_Grid256_2_64_64_64_1"][0]
    gn = n["BM_Grid256_2_64_64_64_1"][0] if have_native else None
    rows.append(("grid 256² [2,64,64,64,1], 2 threads", ms(g), ms(gn) if gn else "-", apart(g, gn) if gn else "-",
                 "<= 1.25x native", (g / gn <= 1.25) if gn else None))
    sps = 100000 / d["BM_Workload2_Wide"][0]
    spsn = 100000 / n["BM_Workload2_Wide"][0] if have_native else None
    rows.append(("100k spiral, [2,64,64,64,1], Adam, batch 32, 1 epoch", f"{sps:,.0f} samples/s",
                 f"{spsn:,.0f} samples/s" if spsn else "-", apart(spsn, sps) if spsn else "-", ">= 1,000,000/s",
                 sps >= 1e6))
    c4 = d["BM_Workload4_ShapesCnn"][0]
    rows.append(("10k 16² shapes, CNN, Adam, batch 32, 1 epoch, vs PyTorch 1 thread "
                 f"({ms(tc4[0])})", f"{ms(c4)}: {tc4[0] / c4:.1f}x PyTorch",
                 ms(n["BM_Workload4_ShapesCnn"][0]) if have_native else "-",
                 apart(c4, n["BM_Workload4_ShapesCnn"][0]) if have_native else "-", ">= 3x PyTorch",
                 tc4[0] / c4 >= 3))
    t1 = d["BM_Workload1_Tutorial"][0]
    t1n = n["BM_Workload1_Tutorial"][0] if have_native else None
    rows.append(("tutorial 50,000 epochs, `bench_engine` Trainer loop", ms(t1), ms(t1n) if t1n else "-",
                 apart(t1, t1n) if t1n else "-", "<= 1.25x native", (t1 / t1n <= 1.25) if t1n else None))
    g8 = d["BM_Grid256_2_8_8_1"][0]
    g8n = n["BM_Grid256_2_8_8_1"][0] if have_native else None
    rows.append(("grid 256² [2,8,8,1], 2 threads", ms(g8), ms(g8n) if g8n else "-", apart(g8, g8n) if g8n else "-",
                 "<= 1.25x native", (g8 / g8n <= 1.25) if g8n else None))
    if have_native:
        worst = max(cli["default"][0] / cli["native"][0], g / gn, spsn / sps, t1 / t1n, g8 / g8n)
        rows.append(("every workload: default vs native, the widest gap", "-", "-", f"{worst:.2f}x", "<= 1.25x",
                     worst <= 1.25))
    print(f"\nSummary ({machine()}, {datetime.date.today().isoformat()}; default build kernels: "
          f"{kernels_of(programs(args.build)[1])})\n")
    print("| Workload | default build | native build | default / native | target | holds |")
    print("|---|---|---|---|---|---|")
    for name, dv, nv, r, target, ok in rows:
        print(f"| {name} | {dv} | {nv} | {r} | {target} | {'-' if ok is None else ('yes' if ok else 'no')} |")


if __name__ == "__main__":
    main()
