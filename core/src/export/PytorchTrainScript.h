#pragma once
// The fixed parts of the pytorch-train script (PytorchTrainExporter): the head (docstring, imports) and
// the body (Neurona's random engine, the data, split and preprocessing, the network, the training loop
// and the command line). The exporter puts `CONFIG = json.loads(...)`, the project as one JSON
// document, between them. Plain Python, no text from any file.
#include <string_view>

namespace neurona {

inline constexpr std::string_view kPytorchTrainScriptHead = R"NEURONA_PY(#!/usr/bin/env python3
"""A Neurona project's training run in PyTorch (exported by Neurona: --format pytorch-train).

    python3 train.py [--epochs N] [--history H.csv] [--out MODEL.pt] [--neurona-model M.json]
                     [--device cpu|cuda] [--data FILE.csv] [--quiet]
    torchrun --nproc_per_node=N train.py ...

It trains as `neurona-cli train` does: the same data, split, transforms and preprocessing (fitted on the
training rows), the same initial values, loss, optimizer, learning-rate schedule, batch size, shuffle
order, dropout masks, L1/L2 penalties, gradient clipping and early stopping, in float32. It prints the
loss of every epoch; --history writes the same CSV as `neurona-cli train --history` (epochs numbered on
from the project's saved epoch when training continues from its model); --out saves the state_dict;
--neurona-model writes a Neurona model file that the app and neurona-cli open.

What is exact and what is not:
- Reproduced exactly (the same operations, in float32): the data, split, transforms, preprocessing,
  initial values, the batches and their order (Neurona's random engine, std::mt19937_64, is implemented
  below), the dropout masks (drawn from that engine in the same order), batch normalisation, losses,
  optimizers, schedules, L1/L2 penalties, clipping, early stopping and divergence handling.
- Only the rounding differs (PyTorch's kernels add in another order): the losses agree to about 1e-6
  relative at first. A run whose training is chaotic (deep ReLU networks with a high learning rate)
  amplifies any rounding difference; there the losses drift apart after some tens of epochs, as they do
  between Neurona's own kernel sets (baseline, avx2, avx512) on the same project.
- Under torchrun each process takes an equal share of every batch and DistributedDataParallel averages
  the gradients, which gives the whole batch's gradient: the losses match the single process to rounding.
  Batch normalisation there normalises each process's share with its own statistics (approximate), and
  the running statistics are those of the first process. Debian 12's torch 1.13 under Python 3.11 needs
  `torchrun --redirects 1 --tee 2 ...` (its default of 0 fails there).
- The split and the shuffle draw from the engine as GNU libstdc++ does (Neurona's Linux builds).
"""
import argparse
import decimal
import json
import math
import os
import sys

import torch
import torch.nn.functional as F

)NEURONA_PY";

// After kPythonMt19937_64 (CodeText.h): the engine's further methods, then the rest of the script.
inline constexpr std::string_view kPytorchTrainScriptBody = R"NEURONA_PY(
    def discard(self, n):
        for _ in range(n):
            self()

    def uniform_int(self, high):
        """std::uniform_int_distribution<size_t>(0, high) as GNU libstdc++ draws it (Lemire's method)."""
        span = high + 1
        product = self() * span
        low = product & MASK64
        if low < span:
            threshold = (-span & MASK64) % span
            while low < threshold:
                product = self() * span
                low = product & MASK64
        return product >> 64

    def uniform01(self):
        """Neurona's uniform01: the top 53 bits of one draw, in [0, 1)."""
        return (self() >> 11) * (1.0 / 9007199254740992.0)


def llround(x):
    """C's llround for x >= 0: halves away from zero."""
    f = math.floor(x)
    return int(f) + 1 if x - f >= 0.5 else int(f)


def shortest(v):
    """A number as neurona-cli writes it (C++ std::to_chars: the shortest text that reads back exactly,
    fixed or scientific notation, whichever is shorter, fixed on a tie)."""
    if v != v:
        return "nan"
    if v in (math.inf, -math.inf):
        return "inf" if v > 0 else "-inf"
    sign, digits, exponent = decimal.Decimal(repr(float(v))).as_tuple()
    digits = "".join(map(str, digits)).lstrip("0")
    if not digits:
        return "-0" if sign else "0"
    exponent += len("".join(map(str, decimal.Decimal(repr(float(v))).as_tuple()[1]))) - len(digits)
    stripped = digits.rstrip("0")
    exponent += len(digits) - len(stripped)
    digits = stripped  # value = digits * 10**exponent
    point = len(digits) + exponent  # digits before the decimal point
    if exponent >= 0:  # an integer: to_chars writes its exact digits
        fixed = str(abs(int(v)))
    elif point > 0:
        fixed = digits[:point] + "." + digits[point:]
    else:
        fixed = "0." + "0" * (-point) + digits
    e = point - 1
    scientific = digits[0] + ("." + digits[1:] if len(digits) > 1 else "") + "e%s%02d" % ("-" if e < 0 else "+", abs(e))
    return ("-" if sign else "") + (fixed if len(fixed) <= len(scientific) else scientific)


# --- data -----------------------------------------------------------------------------------------------

MISSING = ("", "na", "n/a", "nan", "null", "?", "-nan")


def parse_number(text, decimal_comma):
    """A number as Neurona's CSV reader takes it: an optional '+', a decimal comma with ';' files; None
    for text, inf for a value beyond a double."""
    s = text
    if s.startswith("+"):
        s = s[1:]
        if s == "" or s[0] in "+-":
            return None
    if decimal_comma and s.count(",") == 1 and "." not in s:
        s = s.replace(",", ".")
    body = s[1:] if s.startswith("-") else s
    ok = False
    if body.lower() in ("inf", "infinity", "nan"):
        return math.inf
    mantissa, _, exponent = body.partition("e") if "e" in body else body.partition("E")
    if mantissa and mantissa.count(".") <= 1 and mantissa.replace(".", "").isdigit() and mantissa.replace(".", "").isascii():
        ok = True
        if "e" in body or "E" in body:
            exp = exponent[1:] if exponent[:1] in ("+", "-") else exponent
            ok = exp.isdigit() and exp.isascii()
    if not ok:
        return None
    value = float(s)
    return value if math.isfinite(value) else math.inf


def csv_records(text, separator):
    """The records of a CSV text as Neurona's tokenizer splits them: RFC 4180 quotes, fields trimmed of
    spaces (and tabs unless they separate), LF, CRLF or CR line ends."""
    records, fields, pos, n = [], [], 0, len(text)
    spaces = " " if separator == "\t" else " \t"
    while pos < n:
        fields = []
        while True:
            while pos < n and text[pos] in spaces:
                pos += 1
            if pos < n and text[pos] == '"':
                pos += 1
                parts = []
                while True:
                    if pos >= n:
                        raise SystemExit("the CSV file has a quotation mark that is never closed")
                    q = text.find('"', pos)
                    if q < 0:
                        raise SystemExit("the CSV file has a quotation mark that is never closed")
                    parts.append(text[pos:q])
                    if q + 1 < n and text[q + 1] == '"':
                        parts.append('"')
                        pos = q + 2
                        continue
                    pos = q + 1
                    break
                start = pos
                while pos < n and text[pos] not in (separator, "\n", "\r"):
                    pos += 1
                field = "".join(parts) + text[start:pos].strip(spaces)
            else:
                start = pos
                while pos < n and text[pos] not in (separator, "\n", "\r"):
                    pos += 1
                field = text[start:pos].strip(spaces)
            fields.append(field)
            if pos < n and text[pos] == separator:
                pos += 1
                continue
            if pos < n and text[pos] == "\r":
                pos += 1
                if pos < n and text[pos] == "\n":
                    pos += 1
            elif pos < n:
                pos += 1
            records.append(fields)
            break
    return records


CP1252 = "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178"


def read_text(path):
    raw = open(path, "rb").read()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw[2:].decode("utf-16-le" if raw[:2] == b"\xff\xfe" else "utf-16-be")
    if raw[:3] == b"\xef\xbb\xbf":
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:  # Windows-1252, as Neurona reads old spreadsheets
        return "".join(chr(b) if b < 0x80 or b >= 0xA0 else CP1252[b - 0x80] for b in raw)


def read_csv(spec, path, task, classes):
    """The CSV data set read with the options Neurona detected when the script was exported."""
    records = csv_records(read_text(path), spec["separator"])
    columns, label = spec["columns"], spec["label_column"] - 1
    comma = spec["decimal_comma"]
    rows, labels, targets = [], [], []
    by_name = {name: k for k, name in enumerate(classes)}
    by_value = {}
    for k, name in enumerate(classes):
        v = parse_number(name, comma)
        if v is not None and math.isfinite(v):
            by_value.setdefault(v + 0.0, k)
    header_done = not spec["header"]
    for line, fields in enumerate(records, 1):
        if all(f == "" for f in fields):
            continue
        if not header_done:
            header_done = True
            continue
        if len(fields) > columns and all(f == "" for f in fields[columns:]):
            fields = fields[:columns]
        if len(fields) != columns:
            raise SystemExit("%s: record %d has %d values, expected %d" % (path, line, len(fields), columns))
        if any(f.lower() in MISSING for f in fields):
            raise SystemExit("%s: record %d has a missing value" % (path, line))
        row = []
        for c, f in enumerate(fields):
            if c == label:
                continue
            v = parse_number(f, comma)
            if v is None or not math.isfinite(v):
                raise SystemExit("%s: record %d, column %d is not a finite number" % (path, line, c + 1))
            row.append(v)
        rows.append(row)
        text = fields[label]
        if task == "regression":
            v = parse_number(text, comma)
            if v is None or not math.isfinite(v):
                raise SystemExit("%s: record %d: the target is not a finite number" % (path, line))
            targets.append(v)
        else:
            k = by_name.get(text)
            if k is None:
                v = parse_number(text, comma)
                k = by_value.get(v + 0.0) if v is not None and math.isfinite(v) else None
            if k is None:
                raise SystemExit("%s: record %d: a label that is not one of the project's classes" % (path, line))
            labels.append(k)
    return rows, labels, targets


def split_rows(labels, samples, classes, validation, test, seed):
    """Neurona's stratified split (Split.cpp): per class, shuffled by the split seed's engine."""
    rng = Mt19937_64(seed)
    train_ratio = 1.0 - validation - test
    total = train_ratio + validation + test
    f_val, f_test = validation / total, test / total
    if classes > 0:
        groups = [[] for _ in range(classes)]
        for i in range(samples):
            groups[labels[i]].append(i)
    else:
        groups = [list(range(samples))]
    parts = ([], [], [])
    for rows in groups:
        for i in range(len(rows), 1, -1):
            j = rng.uniform_int(i - 1)
            rows[i - 1], rows[j] = rows[j], rows[i - 1]
        n = len(rows)
        n_test, n_val = llround(n * f_test), llround(n * f_val)
        while n > 0 and n_test + n_val >= n:
            if n_val >= n_test and n_val > 0:
                n_val -= 1
            else:
                n_test -= 1
        parts[2].extend(rows[:n_test])
        parts[1].extend(rows[n_test:n_test + n_val])
        parts[0].extend(rows[n_test + n_val:])
    return [sorted(p) for p in parts]


def with_transforms(x, transforms):
    """Extra inputs from the first two raw features, appended in order (float64)."""
    extra = {"x1^2": lambda: x[:, 0] ** 2, "x2^2": lambda: x[:, 1] ** 2, "x1*x2": lambda: x[:, 0] * x[:, 1],
             "sin(x1)": lambda: torch.sin(x[:, 0]), "sin(x2)": lambda: torch.sin(x[:, 1])}
    if not transforms:
        return x
    return torch.cat([x] + [extra[t]().unsqueeze(1) for t in transforms], dim=1)


def fit_preprocessing(kind, x):
    """Offsets and scales fitted on the training rows (float64), as Neurona's Preprocessing::fit."""
    d = x.shape[1]
    offset, scale = [0.0] * d, [1.0] * d
    if kind == "none":
        return None
    if x.shape[0] == 0:
        return offset, scale
    for j in range(d):
        col = x[:, j]
        if kind == "standardize":
            mean = float(col.sum()) / col.shape[0]
            sigma = math.sqrt(float(((col - mean) ** 2).sum()) / col.shape[0])
            magnitude = max(1.0, float(col.abs().max()))
            offset[j], scale[j] = mean, sigma if sigma > 1e-12 * magnitude else 1.0
        else:
            lo, hi = float(col.min()), float(col.max())
            offset[j], scale[j] = lo, (hi - lo) if hi - lo > 0 else 1.0
    return offset, scale


def target_matrix(labels, targets, outputs, task):
    if task == "regression":
        return torch.tensor(targets, dtype=torch.float64).reshape(-1, 1)
    y = torch.zeros(len(labels), outputs, dtype=torch.float64)
    if outputs == 1:
        y[:, 0] = torch.tensor([1.0 if k == 1 else 0.0 for k in labels], dtype=torch.float64)
    else:
        for i, k in enumerate(labels):
            if 0 <= k < outputs:
                y[i, k] = 1.0
    return y


def load_data(data_path):
    task, spec = CONFIG["task"], CONFIG["data"]
    if spec["kind"] == "embedded":
        rows, labels, targets = spec["features"], spec.get("labels", []), spec.get("targets", [])
    else:
        rows, labels, targets = read_csv(spec, data_path or spec["path"], task, CONFIG["classes"])
    raw = torch.tensor(rows, dtype=torch.float64).reshape(len(rows), len(CONFIG["inputs"]))
    classes = len(CONFIG["classes"]) if task != "regression" else 0
    split = CONFIG["split"]
    train, val, test = split_rows(labels, raw.shape[0], classes, split["validation"], split["test"], split["seed"])
    x = with_transforms(raw, CONFIG["transforms"])
    fitted = fit_preprocessing(CONFIG["preprocessing"], x[train])
    if fitted is not None:
        offset, scale = fitted
        x = (x - torch.tensor(offset, dtype=torch.float64)) / torch.tensor(scale, dtype=torch.float64)
    y = target_matrix(labels, targets, CONFIG["outputs"], task)
    part = lambda rows: (x[rows].float(), y[rows].float(), torch.tensor(labels, dtype=torch.long)[rows] if labels else None)
    return part(train), part(val), part(test), fitted


# --- network --------------------------------------------------------------------------------------------


def activation(name, alpha, z):
    if name == "linear":
        return z
    if name == "sigmoid":
        return torch.sigmoid(z)
    if name == "tanh":
        return torch.tanh(z)
    if name == "relu":
        return torch.relu(z)
    if name == "leaky_relu":
        return F.leaky_relu(z, negative_slope=alpha)
    if name == "elu":
        return F.elu(z, alpha=alpha)
    if name == "selu":
        return F.selu(z)
    if name == "gelu":
        return F.gelu(z)  # x * Phi(x) with erf, as Neurona
    if name == "swish":
        return F.silu(z)
    if name == "softplus":
        return torch.clamp(z, min=0) + torch.log1p(torch.exp(-z.abs()))
    if name == "softmax":
        return torch.softmax(z, dim=1)
    raise SystemExit("unknown activation " + repr(name))


class Network(torch.nn.Module):
    """The project's layers with their initial values; dropout takes its masks from the caller (drawn from
    Neurona's engine), batch normalisation is PyTorch's BatchNorm1d (the same rule)."""

    def __init__(self, layers):
        super().__init__()
        self.specs = layers
        self.blocks = torch.nn.ModuleList()
        for spec in layers:
            if spec["type"] == "dense":
                w = torch.tensor(spec["weights"], dtype=torch.float64).reshape(-1, spec["units"])
                linear = torch.nn.Linear(w.shape[0], spec["units"])
                with torch.no_grad():
                    linear.weight.copy_(w.T.float())
                    linear.bias.copy_(torch.tensor(spec["bias"], dtype=torch.float64).float())
                self.blocks.append(linear)
            elif spec["type"] == "batchnorm":
                bn = torch.nn.BatchNorm1d(len(spec["gamma"]), eps=spec["epsilon"], momentum=spec["momentum"])
                with torch.no_grad():
                    bn.weight.copy_(torch.tensor(spec["gamma"], dtype=torch.float64).float())
                    bn.bias.copy_(torch.tensor(spec["beta"], dtype=torch.float64).float())
                    bn.running_mean.copy_(torch.tensor(spec["mean"], dtype=torch.float64).float())
                    bn.running_var.copy_(torch.tensor(spec["var"], dtype=torch.float64).float())
                self.blocks.append(bn)
            else:
                self.blocks.append(torch.nn.Identity())

    def forward(self, x, masks=None):
        """(logits, outputs) of the output layer (the last one)."""
        z = x
        for i, (spec, block) in enumerate(zip(self.specs, self.blocks)):
            if spec["type"] == "dense":
                z = block(x)
                x = activation(spec["activation"], spec["alpha"], z)
            elif spec["type"] == "dropout":
                if masks is not None and masks[i] is not None:
                    x = x * masks[i]
                z = x
            else:
                x = block(x)
                z = x
        return z, x

    def weights(self):
        """(weight tensor, l1, l2) of every dense layer: the penalties' targets."""
        return [(b.weight, s["l1"], s["l2"]) for s, b in zip(self.specs, self.blocks) if s["type"] == "dense"]


def dropout_masks(specs, rows, rng):
    """Each dropout layer's mask for a batch of `rows`, drawn column by column as Neurona draws them."""
    masks = []
    width = len(CONFIG["inputs"]) + len(CONFIG["transforms"])
    for spec in specs:
        mask = None
        if spec["type"] == "dense":
            width = spec["units"]
        elif spec["type"] == "dropout" and spec["rate"] > 0.0:
            rate = spec["rate"]
            keep = float(torch.tensor(1.0 / (1.0 - rate), dtype=torch.float32))
            values = [0.0 if rng.uniform01() < rate else keep for _ in range(rows * width)]
            mask = torch.tensor(values, dtype=torch.float32).reshape(width, rows).T.contiguous()
        masks.append(mask)
    return masks


def loss_sum(kind, z, a, y):
    """The loss summed over the batch (divided by the whole batch's count by the caller)."""
    if kind == "mse":
        return F.mse_loss(a, y, reduction="sum")
    if kind == "mae":
        return F.l1_loss(a, y, reduction="sum")
    if kind == "huber":
        return F.huber_loss(a, y, reduction="sum", delta=1.0)
    if kind == "bce":
        return F.binary_cross_entropy_with_logits(z, y, reduction="sum")
    if kind == "cce":
        return F.cross_entropy(z, y, reduction="sum")
    raise SystemExit("unknown loss " + repr(kind))


def loss_count(kind, rows, cols):
    return rows if kind == "cce" else rows * cols


def f32(v):
    return float(torch.tensor(v, dtype=torch.float32))


def make_optimizer(params, o):
    name, lr, wd = o["name"], o["learning_rate"], o["weight_decay"]
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr, momentum=o["momentum"], dampening=o["dampening"],
                               nesterov=o["nesterov"], weight_decay=wd)
    if name in ("adam", "adamw"):
        cls = torch.optim.Adam if name == "adam" else torch.optim.AdamW
        return cls(params, lr=lr, betas=tuple(o["betas"]), eps=o["eps"], weight_decay=wd, amsgrad=o["amsgrad"])
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, alpha=o["alpha"], eps=o["eps"], weight_decay=wd,
                                   momentum=o["momentum"], centered=o["centered"])
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=lr, lr_decay=o["lr_decay"], weight_decay=wd,
                                   initial_accumulator_value=o["initial_accumulator_value"], eps=o["eps"])
    raise SystemExit("unknown optimizer " + repr(name))


def scheduled_lr(s, base, epoch):
    """The learning rate of 0-based epoch `epoch` (Neurona's closed forms of PyTorch's schedulers)."""
    kind = s["kind"]
    if kind == "step":
        return base * math.pow(s["gamma"], float(epoch // max(1, s["step_size"])))
    if kind == "exponential":
        return base * math.pow(s["gamma"], float(epoch))
    if kind == "cosine":
        t_max = s["T_max"] if s["T_max"] > 0 else 1
        return s["eta_min"] + (base - s["eta_min"]) * (1.0 + math.cos(math.pi * epoch / t_max)) / 2.0
    return base


def predicted_classes(out):
    if out.shape[1] == 1:
        return (out[:, 0] >= 0.5).long()
    return torch.argmax(out, dim=1)


FIELDS = ["loss", "val_loss", "accuracy", "val_accuracy", "mae", "rmse", "r2", "val_mae", "val_rmse",
          "val_r2", "penalty", "learning_rate"]


def history_csv(history):
    used = [f for f in FIELDS if any(f in r and math.isfinite(r[f]) for r in history)]
    lines = [",".join(["epoch"] + used)]
    for r in history:
        cells = [str(r["epoch"])]
        for f in used:
            v = r.get(f, math.nan)
            cells.append(shortest(v) if math.isfinite(v) else "")
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def write_file(path, text):
    temporary = path + ".tmp%d" % os.getpid()
    with open(temporary, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(description="Trains the exported Neurona project with PyTorch.")
    parser.add_argument("--epochs", type=int, default=CONFIG["training"]["epochs"],
                        help="epochs to train (default: the project's)")
    parser.add_argument("--history", help="write the per-epoch history as CSV (as neurona-cli train --history)")
    parser.add_argument("--out", help="save the trained state_dict with torch.save")
    parser.add_argument("--neurona-model", help="write the trained model as a Neurona model file (JSON)")
    parser.add_argument("--device", default="cpu", help="cpu (default) or cuda")
    parser.add_argument("--data", help="the CSV file to read instead of the one the project named")
    parser.add_argument("--quiet", action="store_true", help="print nothing per epoch")
    args = parser.parse_args()
    if args.epochs < 0:
        parser.error("--epochs needs a whole number >= 0")

    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    distributed = world > 1
    if args.device.startswith("cuda") and not torch.cuda.is_available():
        raise SystemExit("--device cuda: PyTorch finds no GPU here")
    device = torch.device(args.device)
    if distributed:
        import torch.distributed as dist
        if device.type == "cuda":
            device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
            torch.cuda.set_device(device)
        dist.init_process_group(backend="nccl" if device.type == "cuda" else "gloo")

    t = CONFIG["training"]
    (xt, yt, lt), (xv, yv, lv), _, fitted = load_data(args.data)
    xt, yt = xt.to(device), yt.to(device)
    xv, yv = xv.to(device), yv.to(device)
    classification = CONFIG["task"] != "regression"

    torch.set_flush_denormal(True)  # as Neurona: subnormal floats count as zero
    torch.manual_seed(0)  # nothing below draws from PyTorch's generator; fixed all the same
    net = Network(CONFIG["layers"]).to(device)
    model = net
    if distributed:
        from torch.nn.parallel import DistributedDataParallel
        model = DistributedDataParallel(net, device_ids=[device.index] if device.type == "cuda" else None)
    params = list(net.parameters())
    optimizer = make_optimizer(params, t["optimizer"])
    buffers = [b for b in net.buffers() if b.dtype.is_floating_point]

    rng = Mt19937_64(t["seed"])
    rng.discard(CONFIG["rng_skip"])  # the draws that gave the initial values
    n = xt.shape[0]
    bs = n if t["batch_size"] <= 0 or t["batch_size"] > n else t["batch_size"]
    batches = (n + bs - 1) // bs
    gather = t["shuffle"] and bs < n
    order = list(range(n))
    l1, l2 = t["l1"], t["l2"]
    penalties = l1 != 0.0 or l2 != 0.0 or any(a != 0.0 or b != 0.0 for _, a, b in net.weights())
    has_dropout = any(s["type"] == "dropout" and s["rate"] > 0.0 for s in CONFIG["layers"])
    loss_kind = t["loss"]
    stopping = t["early_stopping"]
    start = CONFIG["start_epoch"]
    last = start + args.epochs
    base_lr = t["optimizer"]["learning_rate"]

    history, status = [], "completed"
    best_loss, best_epoch, wait, best_state = 0.0, 0, 0, None
    epoch = start
    while epoch < last:
        lr = scheduled_lr(t["schedule"], base_lr, epoch)
        for group in optimizer.param_groups:
            group["lr"] = lr
        if gather:
            for i in range(n, 1, -1):  # Fisher-Yates with the run's engine, as the trainer
                j = rng() % i
                order[i - 1], order[j] = order[j], order[i - 1]
        net.train()
        sums = [0.0] * 6  # loss, correct, |d|, d^2, y, y^2 (each times the batch's samples where a mean)
        diverged = False
        for b in range(batches):
            begin = b * bs
            count = min(bs, n - begin)
            if gather:
                rows = torch.tensor(order[begin:begin + count], device=device)
                xb, yb = xt[rows], yt[rows]
            else:
                xb, yb = xt[begin:begin + count], yt[begin:begin + count]
            masks = dropout_masks(CONFIG["layers"], count, rng) if has_dropout else None
            if distributed:  # an equal share of the batch per process
                lo, hi = rank * count // world, (rank + 1) * count // world
                xb, yb = xb[lo:hi], yb[lo:hi]
                if masks is not None:
                    masks = [m[lo:hi] if m is not None else None for m in masks]
            if masks is not None:
                masks = [m.to(device) if m is not None else None for m in masks]
            saved_buffers = [x.detach().clone() for x in buffers]
            optimizer.zero_grad(set_to_none=False)
            z, a = model(xb, masks)
            total = loss_sum(loss_kind, z, a, yb)
            reduction = loss_count(loss_kind, count, yb.shape[1])
            (total / reduction * world).backward()  # DDP averages over the processes: the batch's mean
            with torch.no_grad():
                if classification:
                    if a.shape[1] == 1:
                        correct = ((a[:, 0] >= 0.5) == (yb[:, 0] >= 0.5)).sum()
                    else:
                        correct = (torch.argmax(a, dim=1) == torch.argmax(yb, dim=1)).sum()
                    stats = [total.detach(), correct, 0, 0, 0, 0]
                else:
                    d = a[:, 0] - yb[:, 0]
                    stats = [total.detach(), 0, d.abs().sum(), (d * d).sum(), yb[:, 0].sum(), (yb[:, 0] ** 2).sum()]
                stats = torch.tensor([float(s) for s in stats], dtype=torch.float64, device=device)
                if distributed:
                    dist.all_reduce(stats)
                stats = stats.tolist()
            loss = f32(stats[0] / reduction)
            if not math.isfinite(loss):
                for x, s in zip(buffers, saved_buffers):
                    x.copy_(s)
                diverged = True
                break
            with torch.no_grad():
                if penalties:
                    for w, a1, a2 in net.weights():
                        if l1 + a1 != 0.0:
                            w.grad.add_(torch.sign(w), alpha=f32(l1 + a1))
                        if l2 + a2 != 0.0:
                            w.grad.add_(w, alpha=f32(l2 + a2))
                if t["clip_norm"] > 0.0:
                    norm = math.sqrt(sum(float((p.grad * p.grad).sum()) for p in params))
                    coef = t["clip_norm"] / (norm + 1e-6)
                    if coef < 1.0:
                        for p in params:
                            p.grad.mul_(f32(coef))
                previous = [p.detach().clone() for p in params]
            optimizer.step()
            with torch.no_grad():
                if not all(bool(torch.isfinite(p).all()) for p in params + buffers):
                    for p, old in zip(params, previous):
                        p.copy_(old)
                    for x, s in zip(buffers, saved_buffers):
                        x.copy_(s)
                    diverged = True
                    break
            sums[0] += loss * count
            for k in range(1, 6):
                sums[k] += stats[k]
        if diverged:
            status = "diverged"
            break

        epoch += 1
        rec = {"epoch": epoch, "learning_rate": lr, "loss": sums[0] / n}
        with torch.no_grad():
            rec["penalty"] = 0.0
            if penalties:
                total_penalty = 0.0
                for w, a1, a2 in net.weights():
                    if l1 + a1 != 0.0:
                        total_penalty += (l1 + a1) * float(w.abs().sum())
                    if l2 + a2 != 0.0:
                        total_penalty += 0.5 * (l2 + a2) * float((w * w).sum())
                rec["penalty"] = f32(total_penalty)
            if classification:
                rec["accuracy"] = sums[1] / n
            else:
                rec["mae"] = sums[2] / n
                rec["rmse"] = math.sqrt(sums[3] / n)
                ss_tot = sums[5] - sums[4] * sums[4] / n
                rec["r2"] = 1.0 - sums[3] / ss_tot if ss_tot > 0.0 else (1.0 if sums[3] == 0.0 else 0.0)
            if xv.shape[0] > 0:
                net.eval()
                z, a = net(xv)
                rec["val_loss"] = f32(float(loss_sum(loss_kind, z, a, yv)) / loss_count(loss_kind, xv.shape[0], yv.shape[1]))
                if classification:
                    rec["val_accuracy"] = float((predicted_classes(a).cpu() == lv).sum()) / xv.shape[0]
                else:
                    truth = yv[:, 0].double()
                    d = a[:, 0].double() - truth
                    ss_res = float((d * d).sum())
                    ss_tot = float(((truth - truth.mean()) ** 2).sum())
                    rec["val_mae"] = float(d.abs().mean())
                    rec["val_rmse"] = math.sqrt(ss_res / xv.shape[0])
                    rec["val_r2"] = 1.0 - ss_res / ss_tot if ss_tot > 0.0 else (1.0 if ss_res == 0.0 else 0.0)
        history.append(rec)
        if rank == 0 and not args.quiet:
            line = "epoch %d/%d  loss %s" % (epoch, last, shortest(rec["loss"]))
            if "val_loss" in rec:
                line += "  val_loss %s" % shortest(rec["val_loss"])
            if "accuracy" in rec:
                line += "  accuracy %.1f%%" % (100.0 * rec["accuracy"])
            print(line, flush=True)

        # Early stopping watches the validation loss (the training loss without a validation part).
        monitored = rec.get("val_loss", rec["loss"])
        if best_epoch == 0 or monitored < best_loss - stopping["min_delta"]:
            best_loss, best_epoch, wait = monitored, epoch, 0
            if stopping["patience"] > 0 and stopping["restore_best"]:
                best_state = [x.detach().clone() for x in params + buffers]
        else:
            wait += 1
        if stopping["patience"] > 0 and wait >= stopping["patience"]:
            if stopping["restore_best"] and best_state is not None:
                with torch.no_grad():
                    for x, s in zip(params + buffers, best_state):
                        x.copy_(s)
            status = "early_stopped"
            break

    if rank == 0:
        if not args.quiet:
            print("%s after %d epochs" % (status, epoch), flush=True)
        if args.history:
            write_file(args.history, history_csv(history))
        if args.out:
            torch.save(net.state_dict(), args.out)
        if args.neurona_model:
            write_file(args.neurona_model, json.dumps(neurona_model(net, fitted), indent=1) + "\n")
    code = 3 if status == "diverged" else 0
    if distributed:
        dist.barrier()  # every process past its last collective before the group goes
        dist.destroy_process_group()
        # torch 1.13 with gloo can hang in the interpreter's own shutdown: everything is written and
        # closed, so leave at once.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def neurona_model(net, fitted):
    """The embedded model file with the trained values and this run's preprocessing put in."""
    model = json.loads(json.dumps(CONFIG["model"]))
    if fitted is not None:
        offset, scale = fitted
        model["preprocessing"]["mean" if "mean" in model["preprocessing"] else "min"] = offset
        model["preprocessing"]["scale"] = scale
    for layer, spec, block in zip(model["layers"], CONFIG["layers"], net.blocks):
        if spec["type"] == "dense":
            layer["weights"] = block.weight.detach().double().cpu().T.tolist()
            layer["bias"] = block.bias.detach().double().cpu().tolist()
        elif spec["type"] == "batchnorm":
            layer["gamma"] = block.weight.detach().double().cpu().tolist()
            layer["beta"] = block.bias.detach().double().cpu().tolist()
            layer["mean"] = block.running_mean.detach().double().cpu().tolist()
            layer["var"] = block.running_var.detach().double().cpu().tolist()
    return model


if __name__ == "__main__":
    sys.exit(main())
)NEURONA_PY";

} // namespace neurona
