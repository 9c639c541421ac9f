#include "CodeText.h"

#include "neurona/core/io/NumberText.h"

#include <cmath>
#include <cstdio>

namespace neurona::codetext {

std::string number(double v) {
  std::string s = shortestText(v);
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

std::string list(const Eigen::Ref<const VectorD>& v) {
  std::string s = "[";
  for (Eigen::Index i = 0; i < v.size(); ++i) s += (i ? ", " : "") + number(v(i));
  return s + "]";
}

std::string rows(const Eigen::Ref<const MatrixD>& m, const std::string& indent) {
  std::string s = "[\n";
  for (Eigen::Index r = 0; r < m.rows(); ++r) {
    s += indent + "    " + list(m.row(r).transpose());
    s += r + 1 < m.rows() ? ",\n" : "\n";
  }
  return s + indent + "]";
}

namespace {

// The code point of the UTF-8 sequence at text[i], advancing i past it; U+FFFD and one byte when the
// bytes there are not a valid sequence (overlong, surrogate, beyond U+10FFFF, truncated).
char32_t nextCodePoint(const std::string& text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  int length = 0;
  char32_t cp = 0;
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    length = 2;
    cp = b0 & 0x1fu;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    length = 3;
    cp = b0 & 0x0fu;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    length = 4;
    cp = b0 & 0x07u;
  }
  if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
    ++i;
    return 0xfffd;
  }
  for (int k = 1; k < length; ++k) {
    const unsigned char b = byte(i + static_cast<std::size_t>(k));
    if ((b & 0xc0u) != 0x80u) {
      ++i;
      return 0xfffd;
    }
    cp = (cp << 6) | (b & 0x3fu);
  }
  const char32_t least = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
  if (cp < least || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
    ++i;
    return 0xfffd;
  }
  i += static_cast<std::size_t>(length);
  return cp;
}

} // namespace

std::string quoted(const std::string& text) {
  std::string s = "\"";
  char buf[16];
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = nextCodePoint(text, i);
    if (cp == '"' || cp == '\\') {
      s += '\\';
      s += static_cast<char>(cp);
    } else if (cp >= 0x20 && cp < 0x7f) {
      s += static_cast<char>(cp);
    } else if (cp == '\n') {
      s += "\\n";
    } else if (cp == '\r') {
      s += "\\r";
    } else if (cp == '\t') {
      s += "\\t";
    } else {
      // \xHH, \uXXXX and \UXXXXXXXX take exactly that many hex digits in Python
      if (cp < 0x80)
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
      else if (cp <= 0xffff)
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
      else
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
      s += buf;
    }
  }
  return s + "\"";
}

std::string commentText(const std::string& text) {
  std::string s;
  s.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const char32_t cp = nextCodePoint(text, i);
    const bool bidi = cp == 0x061c || cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) ||
                      (cp >= 0x2066 && cp <= 0x2069);
    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029 || bidi)
      s += ' ';
    else if (cp == 0xfffd)
      s += "\xef\xbf\xbd"; // also for a byte that is not UTF-8
    else
      s.append(text, at, i - at);
  }
  return s;
}

std::uint64_t initialisationDraws(const NetworkSpec& spec, int features) {
  // One draw per value of a uniform initialiser, two (Box–Muller) per value of a normal one, none for
  // zeros (see Initializer.cpp).
  const auto per = [](InitKind k) -> std::uint64_t {
    switch (k) {
    case InitKind::Zeros: return 0;
    case InitKind::GlorotNormal:
    case InitKind::HeNormal: return 2;
    default: return 1;
    }
  };
  std::uint64_t draws = 0;
  std::uint64_t width = static_cast<std::uint64_t>(features);
  for (const LayerSpec& l : spec.layers) {
    if (l.type != LayerType::Dense) continue;
    const auto units = static_cast<std::uint64_t>(l.units);
    draws += width * units * per(l.weightInit) + units * per(l.biasInit);
    width = units;
  }
  return draws;
}

std::string cppQuoted(const std::string& text) {
  std::string s = "\"";
  char buf[8];
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f && c != '"' && c != '\\' && c != '?') {
      s += c;
    } else {
      std::snprintf(buf, sizeof buf, "\\%03o", static_cast<unsigned>(u));
      s += buf;
    }
  }
  return s + "\"";
}

namespace {

std::string stringList(const std::vector<std::string>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + quoted(v[i]);
  return s + "]";
}

std::string pythonTransformExpr(FeatureTransform t) {
  switch (t) {
  case FeatureTransform::X1Squared: return "X[:, 0] ** 2";
  case FeatureTransform::X2Squared: return "X[:, 1] ** 2";
  case FeatureTransform::X1TimesX2: return "X[:, 0] * X[:, 1]";
  case FeatureTransform::SinX1: return "np.sin(X[:, 0])";
  case FeatureTransform::SinX2: return "np.sin(X[:, 1])";
  }
  return {};
}

} // namespace

std::string pythonPreamble(const Model& model, const std::string& title) {
  std::string s;
  s += "\"\"\"" + title + ", exported by Neurona " NEURONA_VERSION ".\n\n";
  s += "Task: " + std::string(toString(model.task)) + "; " + std::to_string(model.inputCount()) +
       " inputs, " + std::to_string(model.outputCount()) + " outputs.\n";
  s += "As a module:  predict(X) takes an n x " + std::to_string(model.inputCount()) +
       " array of raw inputs and returns an n x " + std::to_string(model.outputCount()) + " array.\n";
  s += "As a script:  python3 "
       "THIS_FILE input.csv  prints the outputs as CSV.\n\"\"\"\n";
  s += "import csv\nimport math\nimport sys\n\nimport numpy as np\n\n";
  s += "INPUTS = " + stringList(model.inputs) + "\n";
  s += "CLASSES = " + stringList(model.classes) + "\n";
  s += "TASK = " + quoted(std::string(toString(model.task))) + "\n";
  std::vector<std::string> features = model.inputs;
  for (FeatureTransform t : model.pipeline.transforms) features.emplace_back(toString(t));
  s += "FEATURES = " + stringList(features) + "  # inputs, then the transforms\n";
  const Preprocessing& p = model.pipeline.preprocessing;
  s += "PREPROCESSING = " + quoted(std::string(toString(p.kind))) + "\n";
  if (p.kind != PreprocessingKind::None) {
    s += std::string("OFFSET = np.array(") + list(p.offset) + ", dtype=np.float64)  # " +
         (p.kind == PreprocessingKind::Standardize ? "mean" : "min") + "\n";
    s += "SCALE = np.array(" + list(p.scale) + ", dtype=np.float64)\n";
  }
  s += "\n\ndef features(X):\n";
  s += "    \"\"\"Raw inputs (n x " + std::to_string(model.inputCount()) +
       ") -> network inputs: transforms appended, then preprocessing.\"\"\"\n";
  s += "    X = np.asarray(X, dtype=np.float64)\n";
  s += "    if X.ndim == 1:\n        X = X.reshape(1, -1)\n";
  s += "    if X.shape[1] != len(INPUTS):\n";
  s += "        raise ValueError(\"expected %d input columns, got %d\" % (len(INPUTS), X.shape[1]))\n";
  if (!model.pipeline.transforms.empty()) {
    s += "    X = np.column_stack([X";
    for (FeatureTransform t : model.pipeline.transforms) s += ", " + pythonTransformExpr(t);
    s += "])\n";
  }
  if (p.kind != PreprocessingKind::None) s += "    X = (X - OFFSET) / SCALE\n";
  s += "    return X\n";
  return s;
}

std::string pythonMain() {
  return R"PY(

def _read_csv(path):
    """Input columns by name when the header has them all, else the first columns by position."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = [r for r in csv.reader(f) if r and any(c.strip() for c in r)]
    if not rows:
        return np.zeros((0, len(INPUTS)))
    columns = list(range(len(INPUTS)))
    try:
        [float(c) for c in rows[0]]
    except ValueError:
        header = [c.strip() for c in rows[0]]
        rows = rows[1:]
        if all(name in header for name in INPUTS):
            columns = [header.index(name) for name in INPUTS]
    return np.array([[float(r[c]) for c in columns] for r in rows], dtype=np.float64).reshape(-1, len(INPUTS))


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python3 %s input.csv\n" % argv[0])
        return 1
    Y = np.asarray(predict(_read_csv(argv[1])))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["out%d" % k for k in range(Y.shape[1])])
    for row in Y:
        out.writerow([repr(float(v)) for v in row])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
)PY";
}

} // namespace neurona::codetext
