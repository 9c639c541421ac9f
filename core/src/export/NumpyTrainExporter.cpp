#include "neurona/core/export/NumpyTrainExporter.h"

#include "neurona/core/io/ProjectData.h"
#include "neurona/core/nn/Loss.h"
#include "neurona/core/nn/Network.h"
#include "neurona/core/train/Metrics.h"
#include "neurona/core/train/Trainer.h"

#include "CodeText.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace neurona {

std::string englishCodeComment(CodeComment id) {
  switch (id) {
  case CodeComment::Title:
    return "A Neurona project's training run written from scratch with NumPy: the data, the network, the "
           "loss, backpropagation and the optimizer, step by step.";
  case CodeComment::Usage: return "Run it with Python 3 and NumPy:";
  case CodeComment::OutputFormat:
    return "It prints a header line, then one line per epoch: the epoch, the training loss and, with "
           "validation rows, the validation loss (the columns of neurona-cli train --history).";
  case CodeComment::Float32: return "Every array is float32, as Neurona computes.";
  case CodeComment::SectionData: return "1. The data";
  case CodeComment::DataNames: return "The names of the inputs and of the classes, for reference.";
  case CodeComment::DataTrain:
    return "The training rows as Neurona's trainer receives them: already split, with the extra inputs "
           "appended and the preprocessing applied. One row per sample, one column per network input.";
  case CodeComment::TargetsBinary:
    return "The target of each row for the one sigmoid output: 1 for the second class, 0 for the first.";
  case CodeComment::TargetsOneHot:
    return "The target of each row, one-hot: 1 in the column of its class, 0 elsewhere.";
  case CodeComment::TargetsRegression: return "The target value of each row.";
  case CodeComment::DataValidation:
    return "The validation rows, prepared the same way: the network never trains on them; their loss is "
           "measured after every epoch.";
  case CodeComment::NoValidation: return "The project keeps no validation rows.";
  case CodeComment::SectionNetwork: return "2. The network";
  case CodeComment::Architecture:
    return "The layers in order, from the inputs to the output layer: dense layers with their number of "
           "units and activation.";
  case CodeComment::Settings: return "The training settings of the project.";
  case CodeComment::SectionInitial: return "3. The initial values";
  case CodeComment::InitialFromSeed:
    return "The values a training run starts from, drawn from the training seed exactly as Neurona draws "
           "them.";
  case CodeComment::InitialFromModel:
    return "The project's trained values: training continues from them, as it does in Neurona.";
  case CodeComment::WeightShape:
    return "A dense layer's weights W have one row per input and one column per unit, its bias b one value "
           "per unit.";
  case CodeComment::BatchNormValues:
    return "Batch normalisation: the scale gamma and shift beta it learns, and the running mean and "
           "variance it uses at inference.";
  case CodeComment::SectionActivations: return "4. Activation functions and their derivatives";
  case CodeComment::ActivationBackward:
    return "Each NAME_backward(z, a, da) turns the gradient of the loss with respect to a layer's output "
           "a = NAME(z) into the gradient with respect to z (the chain rule: da times the derivative).";
  case CodeComment::SectionForward: return "5. The forward pass";
  case CodeComment::ForwardDense:
    return "A dense layer computes z = x @ W + b for all rows at once, then a = activation(z). The cache "
           "keeps what backpropagation needs.";
  case CodeComment::ForwardDropout:
    return "Dropout in training: each value is zeroed with probability rate, the others are scaled by 1 / "
           "(1 - rate); at inference it passes the values through.";
  case CodeComment::ForwardBatchNorm:
    return "Batch normalisation in training: each column is normalised with the batch's mean and variance, "
           "then scaled and shifted, and the running statistics move towards the batch's; at inference it "
           "uses the running statistics.";
  case CodeComment::SectionLoss: return "6. The loss";
  case CodeComment::LossMse: return "Mean squared error: the mean of (a - y)^2 over every output value.";
  case CodeComment::LossMae: return "Mean absolute error: the mean of |a - y| over every output value.";
  case CodeComment::LossHuber:
    return "Huber loss: d^2 / 2 where |d| < 1, else |d| - 1/2 (d = a - y), averaged over every output value.";
  case CodeComment::LossBce:
    return "Binary cross-entropy, computed from the logits z of the sigmoid output in a form that stays "
           "finite for large |z|, averaged over every output value.";
  case CodeComment::LossCce:
    return "Categorical cross-entropy, computed from the logits z of the softmax output: log-sum-exp of z "
           "minus the logit of the true class, averaged over the rows.";
  case CodeComment::LossGradient:
    return "The gradient of the loss with respect to the output layer's values a; the 1/n of the mean is "
           "applied here, once.";
  case CodeComment::LossGradientFused:
    return "With this loss and this output activation the gradient with respect to the logits is simply "
           "(a - y) / n, where n is the count the mean divides by.";
  case CodeComment::SectionBackward: return "7. Backpropagation";
  case CodeComment::BackwardDense:
    return "From the output layer back to the first: delta is the gradient of the loss with respect to a "
           "layer's z; dW = x.T @ delta, db = the column sums of delta, and delta @ W.T is the gradient for "
           "the layer below.";
  case CodeComment::BackwardDropout: return "Dropout: the gradient goes back through the same mask.";
  case CodeComment::BackwardBatchNorm:
    return "Batch normalisation: the gradients of gamma and beta, and the gradient of its input through the "
           "batch's mean and variance.";
  case CodeComment::Penalties:
    return "L1 and L2 penalties add l1 * sign(W) + l2 * W to the gradients of the weights (not of the "
           "biases).";
  case CodeComment::Clipping:
    return "Gradient clipping: when the norm of all gradients together is above the limit, they are scaled "
           "down to it.";
  case CodeComment::SectionOptimizer: return "8. The optimizer";
  case CodeComment::OptimizerSgd:
    return "Stochastic gradient descent: every value takes a step against its gradient, the learning rate "
           "long.";
  case CodeComment::OptimizerMomentum:
    return "With momentum: a velocity accumulates the gradients, and the values move along it.";
  case CodeComment::OptimizerNesterov:
    return "Nesterov momentum: the step looks ahead, gradient plus momentum times the velocity.";
  case CodeComment::OptimizerAdam:
    return "Adam: running averages of the gradient (m) and of its square (v), corrected for having started "
           "at zero; each value steps by m / (sqrt(v) + eps).";
  case CodeComment::OptimizerAdamW:
    return "AdamW: Adam whose weight decay shrinks the values directly instead of adding to the gradient.";
  case CodeComment::OptimizerRmsProp:
    return "RMSprop: each gradient is divided by the root of a running average of its square.";
  case CodeComment::OptimizerAdagrad:
    return "Adagrad: each gradient is divided by the root of the sum of all its squares so far.";
  case CodeComment::WeightDecay: return "Weight decay adds weight_decay * value to every gradient.";
  case CodeComment::Schedule: return "The learning rate of each epoch (the schedule).";
  case CodeComment::SectionTraining: return "9. Training";
  case CodeComment::RandomEngine:
    return "Neurona's random engine, std::mt19937_64, bit for bit: it shuffles the rows and draws the "
           "dropout masks, so that they are the same as in Neurona.";
  case CodeComment::RandomSkip:
    return "The engine has already drawn the initial values when training starts: skip those draws.";
  case CodeComment::FullBatch:
    return "Full batch: every epoch is one step computed on all training rows at once.";
  case CodeComment::BatchesInOrder: return "Mini-batches taken in the order of the rows (shuffling is off).";
  case CodeComment::BatchesShuffled:
    return "Mini-batches: every epoch the rows are shuffled (Fisher-Yates with the engine), then taken in "
           "that order.";
  case CodeComment::EpochLoss:
    return "An epoch's loss is the mean of its batches' losses, weighted by their sizes, as Neurona reports "
           "it.";
  case CodeComment::Divergence:
    return "A loss or a value that is no longer a finite number ends the run there, as in Neurona "
           "(diverged).";
  case CodeComment::ValidationLoss:
    return "The validation loss: the forward pass in inference mode on the validation rows.";
  case CodeComment::EarlyStopping:
    return "Early stopping: stop when the validation loss (the training loss without validation rows) has "
           "not improved by min_delta for patience epochs.";
  case CodeComment::CommandLine:
    return "The command line: --epochs N trains N epochs (default: the project's), --history FILE also "
           "writes the lines to FILE.";
  }
  return {};
}

namespace {

// float32 values as the shortest text that NumPy (which reads a Python float, then rounds it to float32)
// turns back into exactly that value.
std::string f32(double value) {
  const float f = static_cast<float>(value);
  if (std::isnan(f)) return "math.nan";
  if (std::isinf(f)) return f > 0 ? "math.inf" : "-math.inf";
  char buf[64];
  const auto written = std::to_chars(buf, buf + sizeof buf, f);
  std::string s(buf, written.ptr);
  double back = 0;
  std::from_chars(s.data(), s.data() + s.size(), back);
  if (static_cast<float>(back) != f) s = codetext::number(static_cast<double>(f));
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

constexpr std::size_t kWidth = 110;

// Items separated by ", ", wrapped onto lines that start with `indent` (the first line is the caller's).
std::string wrapped(const std::vector<std::string>& items, const std::string& indent, std::size_t column) {
  std::string s;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string piece = items[i] + (i + 1 < items.size() ? "," : "");
    if (i > 0) {
      if (column + 1 + piece.size() > kWidth) {
        s += "\n" + indent;
        column = indent.size();
      } else {
        s += ' ';
        ++column;
      }
    }
    s += piece;
    column += piece.size();
  }
  return s;
}

// "[" + text + "]" (built by appending: GCC 12 warns falsely about the operator+ chain).
std::string bracketed(const std::string& text) {
  std::string s;
  s.reserve(text.size() + 2);
  s += '[';
  s += text;
  s += ']';
  return s;
}

std::string floatList(const Eigen::Ref<const VectorD>& v, const std::string& indent, std::size_t column) {
  std::vector<std::string> items;
  items.reserve(static_cast<std::size_t>(v.size()));
  for (Eigen::Index i = 0; i < v.size(); ++i) items.push_back(f32(v(i)));
  return bracketed(wrapped(items, indent + " ", column + 1));
}

// `name = np.array([...], dtype=np.float32)` for a matrix, one row per line.
std::string matrixAssignment(const std::string& name, const Eigen::Ref<const MatrixD>& m) {
  if (m.rows() == 0) return name + " = np.zeros((0, " + std::to_string(m.cols()) + "), dtype=np.float32)\n";
  std::string s = name + " = np.array([\n";
  for (Eigen::Index r = 0; r < m.rows(); ++r)
    s += "    " + floatList(m.row(r).transpose(), "    ", 4) + ",\n";
  return s + "], dtype=np.float32)\n";
}

std::string vectorAssignment(const std::string& name, const Eigen::Ref<const VectorD>& v) {
  const std::string head = name + " = np.array(";
  return head + floatList(v, std::string(head.size(), ' '), head.size()) + ", dtype=np.float32)\n";
}

std::string intList(const Eigen::VectorXi& v, const std::string& indent, std::size_t column) {
  std::vector<std::string> items;
  for (Eigen::Index i = 0; i < v.size(); ++i) items.push_back(std::to_string(v(i)));
  return bracketed(wrapped(items, indent + " ", column + 1));
}

std::string nameList(const std::vector<std::string>& names) {
  std::vector<std::string> items;
  for (const std::string& n : names) items.push_back(codetext::quoted(n));
  return bracketed(wrapped(items, "    ", 20));
}

std::string num(double v) { return codetext::number(v); }

std::string activationId(ActivationKind k) { return std::string(toString(k)); }

// The activation and its backward pass, as Neurona's kernels compute them.
std::string activationCode(ActivationKind k) {
  switch (k) {
  case ActivationKind::Linear:
    return "def linear(z):\n    return z\n\n\ndef linear_backward(z, a, da):\n    return da\n";
  case ActivationKind::Sigmoid:
    return "def sigmoid(z):\n    return 1.0 / (1.0 + np.exp(-z))\n\n\n"
           "def sigmoid_backward(z, a, da):\n    return da * a * (1.0 - a)  # sigmoid' = a (1 - a)\n";
  case ActivationKind::Tanh:
    return "def tanh(z):\n    return np.tanh(z)\n\n\n"
           "def tanh_backward(z, a, da):\n    return da * (1.0 - a * a)  # tanh' = 1 - a^2\n";
  case ActivationKind::Relu:
    return "def relu(z):\n    return np.maximum(z, 0.0)\n\n\n"
           "def relu_backward(z, a, da):\n    return np.where(z > 0, da, 0.0)  # relu' = 1 where z > 0, else "
           "0\n";
  case ActivationKind::LeakyRelu:
    return "def leaky_relu(z, alpha):\n    return np.where(z > 0, z, alpha * z)\n\n\n"
           "def leaky_relu_backward(z, a, da, alpha):\n    return np.where(z > 0, da, alpha * da)\n";
  case ActivationKind::Elu:
    return "def elu(z, alpha):\n    return np.where(z > 0, z, alpha * (np.exp(z) - 1.0))\n\n\n"
           "def elu_backward(z, a, da, alpha):\n"
           "    return np.where(z > 0, da, da * (a + alpha))  # for z <= 0: alpha e^z = a + alpha\n";
  case ActivationKind::Selu:
    return "SELU_SCALE = 1.0507009873554804934193349852946\nSELU_ALPHA = "
           "1.6732632423543772848170429916717\n\n\n"
           "def selu(z):\n    return SELU_SCALE * np.where(z > 0, z, SELU_ALPHA * (np.exp(z) - 1.0))\n\n\n"
           "def selu_backward(z, a, da):\n"
           "    return np.where(z > 0, SELU_SCALE * da, da * (a + SELU_SCALE * SELU_ALPHA))\n";
  case ActivationKind::Gelu:
    return "erf = np.vectorize(math.erf, otypes=[np.float32])\n\n\n"
           "def gelu(z):\n    return z * 0.5 * (1.0 + erf(z * math.sqrt(0.5)))  # z Phi(z)\n\n\n"
           "def gelu_backward(z, a, da):  # Phi(z) + z phi(z)\n"
           "    return da * (0.5 * (1.0 + erf(z * math.sqrt(0.5))) + z * (1.0 / math.sqrt(2.0 * math.pi)) * "
           "np.exp(-0.5 * z * z))\n";
  case ActivationKind::Swish:
    return "def swish(z):\n    return z / (1.0 + np.exp(-z))  # z sigmoid(z)\n\n\n"
           "def swish_backward(z, a, da):\n    s = 1.0 / (1.0 + np.exp(-z))\n"
           "    return da * (s * (1.0 + z * (1.0 - s)))\n";
  case ActivationKind::Softplus:
    return "def softplus(z):\n    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))  # log(1 + "
           "e^z)\n\n\n"
           "def softplus_backward(z, a, da):\n    return da / (1.0 + np.exp(-z))  # softplus' = sigmoid\n";
  case ActivationKind::Softmax:
    return "def softmax(z):\n"
           "    e = np.exp(z - z.max(axis=1, keepdims=True))  # shifted: exp stays finite\n"
           "    return e / e.sum(axis=1, keepdims=True)\n\n\n"
           "def softmax_backward(z, a, da):\n"
           "    return a * (da - (da * a).sum(axis=1, keepdims=True))\n";
  }
  return {};
}

bool takesAlpha(ActivationKind k) { return k == ActivationKind::LeakyRelu || k == ActivationKind::Elu; }

std::string activationCall(const LayerSpec& l, const std::string& z) {
  std::string s = activationId(l.activation) + "(" + z;
  if (takesAlpha(l.activation)) s += ", " + num(l.activationAlpha());
  return s + ")";
}

std::string backwardCall(const LayerSpec& l, const std::string& args) {
  std::string s = activationId(l.activation) + "_backward(" + args;
  if (takesAlpha(l.activation)) s += ", " + num(l.activationAlpha());
  return s + ")";
}

std::string lossCode(LossKind loss) {
  switch (loss) {
  case LossKind::Mse:
    return "def loss_value(z, a, y):\n    return float(np.sum((a - y) ** 2)) / y.size\n\n\n"
           "def loss_gradient(a, y):\n    return 2.0 * (a - y) / y.size\n";
  case LossKind::Mae:
    return "def loss_value(z, a, y):\n    return float(np.sum(np.abs(a - y))) / y.size\n\n\n"
           "def loss_gradient(a, y):\n    return np.sign(a - y) / y.size\n";
  case LossKind::Huber:
    return "def loss_value(z, a, y):\n    d = np.abs(a - y)\n"
           "    return float(np.sum(np.where(d < 1.0, 0.5 * d * d, d - 0.5))) / y.size\n\n\n"
           "def loss_gradient(a, y):\n    return np.clip(a - y, -1.0, 1.0) / y.size  # d inside [-1, 1]\n";
  case LossKind::Bce:
    return "def loss_value(z, a, y):\n"
           "    return float(np.sum(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z))))) / "
           "y.size\n\n\n"
           "def loss_gradient_logits(a, y):\n    return (a - y) / y.size\n";
  case LossKind::Cce:
    return "def loss_value(z, a, y):\n    m = z.max(axis=1, keepdims=True)\n"
           "    log_sum_exp = np.log(np.exp(z - m).sum(axis=1, keepdims=True)) + m\n"
           "    return float(np.sum(y * (log_sum_exp - z))) / y.shape[0]\n\n\n"
           "def loss_gradient_logits(a, y):\n    return (a - y) / y.shape[0]\n";
  }
  return {};
}

// Appended to codetext::kPythonMt19937_64: the draw dropout masks use.
constexpr std::string_view kUniform01 = R"PY(
    def uniform01(self):
        return (self() >> 11) * (1.0 / 9007199254740992.0)  # the top 53 bits, in [0, 1)
)PY";

constexpr std::string_view kDropoutMask = R"PY(

def dropout_mask(shape, rate, rng):
    """0 with probability rate, else 1 / (1 - rate); drawn column by column, as Neurona draws it."""
    rows, cols = shape
    keep = np.float32(1.0 / (1.0 - rate))
    values = [0.0 if rng.uniform01() < rate else keep for _ in range(rows * cols)]
    return np.array(values, dtype=np.float32).reshape(cols, rows).T
)PY";

constexpr std::string_view kBatchNorm = R"PY(

def batchnorm_train(x, k, momentum, epsilon):
    n = x.shape[0]
    mean = x.mean(axis=0)
    centered = x - mean
    var = (centered * centered).sum(axis=0) / n  # the biased variance normalises
    inv_std = 1.0 / np.sqrt(var + epsilon)
    xhat = centered * inv_std
    unbias = n / (n - 1) if n > 1 else 1.0  # the running variance takes the unbiased one
    running["mean%d" % k] = (1.0 - momentum) * running["mean%d" % k] + momentum * mean
    running["var%d" % k] = (1.0 - momentum) * running["var%d" % k] + momentum * unbias * var
    return params["gamma%d" % k] * xhat + params["beta%d" % k], xhat, inv_std


def batchnorm_inference(x, k, epsilon):
    scale = params["gamma%d" % k] / np.sqrt(running["var%d" % k] + epsilon)
    return x * scale + (params["beta%d" % k] - running["mean%d" % k] * scale)


def batchnorm_backward(d_out, xhat, inv_std, k):
    n = d_out.shape[0]
    dbeta = d_out.sum(axis=0)
    dgamma = (xhat * d_out).sum(axis=0)
    dx = params["gamma%d" % k] * inv_std / n * (n * d_out - dbeta - xhat * dgamma)
    return dgamma, dbeta, dx
)PY";

class Writer {
public:
  explicit Writer(const CodeCommentText& text) : m_text(text) {}

  // The sentence as comment lines at `indent`, wrapped at spaces.
  void comment(CodeComment id, const std::string& indent = {}) {
    const std::string text = codetext::commentText(m_text ? m_text(id) : englishCodeComment(id));
    std::string line;
    std::size_t at = 0;
    const auto flush = [&] {
      out += indent + "#" + (line.empty() ? "" : " " + line) + "\n";
      line.clear();
    };
    while (at < text.size()) {
      std::size_t end = text.find(' ', at);
      if (end == std::string::npos) end = text.size();
      const std::string word = text.substr(at, end - at);
      at = end + 1;
      if (word.empty()) continue;
      if (!line.empty() && indent.size() + 2 + line.size() + 1 + word.size() > kWidth) flush();
      line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty() || text.empty()) flush();
  }
  void section(CodeComment id) {
    out += "\n\n# " + std::string(kWidth - 2, '-') + "\n";
    comment(id);
    out += "# " + std::string(kWidth - 2, '-') + "\n\n";
  }
  Writer& operator<<(std::string_view s) {
    out += s;
    return *this;
  }

  std::string out;

private:
  const CodeCommentText& m_text;
};

struct CodeLayer {
  const LayerSpec* spec;
  int k;     // 1-based position: the suffix of its names (W1, b1, mask2, ...)
  int width; // values leaving it
};

} // namespace

Result<std::string> NumpyTrainExporter::generate(const Project& project,
                                                 const std::filesystem::path& projectDir,
                                                 const CodeCommentText& comments) {
  Result<std::string> out;
  Result<PreparedData> prepared = ProjectData::prepare(project, projectDir);
  if (!prepared.ok()) {
    out.error = prepared.error;
    return out;
  }
  const PreparedData& d = prepared.value;
  const bool hasValidation = d.validation.samples() > 0;
  if (Error e =
          Trainer::check(project.network, project.training, d.train, hasValidation ? &d.validation : nullptr);
      !e.ok()) {
    out.error = e;
    return out;
  }
  const NetworkSpec& spec = project.network;
  if (spec.isGraph()) { // the script writes a straight stack's forward and backward passes
    out.error.code = ErrorCode::UnsupportedInCode;
    out.error.detail = "graph";
    return out;
  }
  for (const LayerSpec& l : spec.layers)
    if (needsImage(l.type) || l.type == LayerType::Flatten) { // the code is written for flat layers
      out.error.code = ErrorCode::UnsupportedInCode;
      out.error.detail = "image";
      return out;
    }
  if (d.train.targetCount() > 1) { // the script's targets are one column
    out.error.code = ErrorCode::UnsupportedInCode;
    out.error.detail = "several-targets";
    return out;
  }
  const int outputIndex = spec.outputIndex();
  if (outputIndex != static_cast<int>(spec.layers.size()) - 1) {
    out.error.code = ErrorCode::UnsupportedInCode;
    out.error.detail = "layer-after-output";
    return out;
  }
  const std::int64_t rows = d.train.samples() + d.validation.samples();
  if (rows > kMaxNumpyTrainRows) {
    out.error.code = ErrorCode::TooManyRowsForCode;
    out.error.expected = kMaxNumpyTrainRows;
    out.error.actual = rows;
    return out;
  }
  const int features = static_cast<int>(d.train.featureCount());
  const TrainingConfig& t = project.training;
  const OptimizerConfig& o = t.optimizer;

  // The values training starts from, as neurona-cli train: the seed's draws, replaced by the project's
  // model when it fits (then the epochs go on from the last one in the history).
  Rng rng(t.seed);
  Network net(spec, features, rng);
  bool continued = false;
  if (project.model && ProjectData::modelFits(*project.model, spec, features))
    continued = net.setParams(project.model->params);
  const int start = continued && !project.history.empty() ? std::max(0, project.history.back().epoch) : 0;
  const ModelParams initial = net.params();
  const int outputs = net.outputs();

  std::vector<CodeLayer> layers;
  int width = features;
  for (std::size_t i = 0; i < spec.layers.size(); ++i) {
    const LayerSpec& l = spec.layers[i];
    if (l.type == LayerType::Dense) width = l.units;
    layers.push_back({&l, static_cast<int>(i) + 1, width});
  }
  const CodeLayer& output = layers.back();
  const std::string last = std::to_string(output.k);
  const auto n = static_cast<std::int64_t>(d.train.samples());
  const std::int64_t batch = t.batchSize <= 0 || t.batchSize > n ? n : t.batchSize;
  const bool shuffled = t.shuffle && batch < n;
  bool dropout = false, batchNorm = false, penalties = t.l1 != 0.0 || t.l2 != 0.0;
  std::set<ActivationKind> activations;
  for (const CodeLayer& l : layers) {
    dropout |= l.spec->type == LayerType::Dropout && l.spec->rate > 0.0;
    batchNorm |= l.spec->type == LayerType::BatchNorm;
    if (l.spec->type == LayerType::Dense) {
      activations.insert(l.spec->activation);
      penalties |= l.spec->l1 != 0.0 || l.spec->l2 != 0.0;
    }
  }
  const bool engine = shuffled || dropout;
  const bool fused = lossIsFused(t.loss);
  const bool classification = isClassification(d.train.task);

  Writer w(comments);
  w << "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n";
  w.comment(CodeComment::Title);
  w << "#\n";
  w.comment(CodeComment::Usage);
  w << "#     python3 train.py [--epochs N] [--history H.csv]\n";
  w.comment(CodeComment::OutputFormat);
  w.comment(CodeComment::Float32);
  w << "# Neurona " NEURONA_VERSION ", neurona-cli export --format numpy-train\n";
  w << "import argparse\nimport math\nimport sys\n\nimport numpy as np\n\n";
  w << "np.seterr(all=\"ignore\")  # an overflow in exp gives inf, as in C++; a diverging run is caught "
       "below\n";

  // 1. The data.
  w.section(CodeComment::SectionData);
  w.comment(CodeComment::DataNames);
  w << "INPUT_NAMES = " << nameList(d.train.featureNames) << "\n";
  if (classification) w << "CLASS_NAMES = " << nameList(d.train.classNames) << "\n";
  w << "\n";
  w.comment(CodeComment::DataTrain);
  w << matrixAssignment("X_train", d.train.features);
  const auto targets = [&](const Dataset& part, const std::string& suffix) {
    if (!classification) {
      w.comment(CodeComment::TargetsRegression);
      w << vectorAssignment("y_" + suffix, part.targets);
      w << "Y_" << suffix << " = y_" << suffix << ".reshape(-1, 1)\n";
      return;
    }
    const std::string head = "labels_" + suffix + " = np.array(";
    w << head << intList(part.labels, std::string(head.size(), ' '), head.size()) << ", dtype=np.int64)\n";
    if (outputs == 1) {
      w.comment(CodeComment::TargetsBinary);
      w << "Y_" << suffix << " = (labels_" << suffix << " == 1).astype(np.float32).reshape(-1, 1)\n";
    } else {
      w.comment(CodeComment::TargetsOneHot);
      w << "Y_" << suffix << " = np.eye(" << std::to_string(outputs) << ", dtype=np.float32)[labels_"
        << suffix << "]\n";
    }
  };
  targets(d.train, "train");
  w << "\n";
  if (hasValidation) {
    w.comment(CodeComment::DataValidation);
    w << matrixAssignment("X_val", d.validation.features);
    targets(d.validation, "val");
  } else {
    w.comment(CodeComment::NoValidation);
    w << "X_val = np.zeros((0, " << std::to_string(features) << "), dtype=np.float32)\n";
    w << "Y_val = np.zeros((0, " << std::to_string(outputs) << "), dtype=np.float32)\n";
  }

  // 2. The network and the settings.
  w.section(CodeComment::SectionNetwork);
  w.comment(CodeComment::Architecture);
  w << "INPUTS = " << std::to_string(features) << "\nLAYERS = [\n";
  for (const CodeLayer& l : layers) {
    switch (l.spec->type) {
    case LayerType::Dense:
      w << "    (\"dense\", " << std::to_string(l.spec->units) << ", \"" << activationId(l.spec->activation)
        << "\"),  # " << std::to_string(l.k) << "\n";
      break;
    case LayerType::Add: // refused above: a graph is not written
    case LayerType::Concat:
    case LayerType::Conv2d: // refused above: image layers are not written
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
    case LayerType::Flatten: break;
    case LayerType::Dropout:
      w << "    (\"dropout\", " << num(l.spec->rate) << "),  # " << std::to_string(l.k) << "\n";
      break;
    case LayerType::BatchNorm:
      w << "    (\"batchnorm\", " << std::to_string(l.width) << "),  # " << std::to_string(l.k) << "\n";
      break;
    }
  }
  w << "]\n\n";
  w.comment(CodeComment::Settings);
  w << "EPOCHS = " << std::to_string(t.epochs) << "\n";
  w << "FIRST_EPOCH = " << std::to_string(start) << "\n";
  w << "BATCH_SIZE = " << std::to_string(batch) << (batch == n ? "  # all training rows" : "") << "\n";
  w << "SHUFFLE = " << (shuffled ? "True" : "False") << "\n";
  if (engine) w << "SEED = " << std::to_string(t.seed) << "\n";
  w << "LEARNING_RATE = " << num(o.learningRate) << "\n";
  const bool sgd = o.name == "sgd", adam = o.name == "adam" || o.name == "adamw";
  const bool rms = o.name == "rmsprop", adagrad = o.name == "adagrad";
  if ((sgd || rms) && o.momentum != 0.0) w << "MOMENTUM = " << num(o.momentum) << "\n";
  if (sgd && o.momentum != 0.0 && o.dampening != 0.0) w << "DAMPENING = " << num(o.dampening) << "\n";
  if (o.weightDecay != 0.0) w << "WEIGHT_DECAY = " << num(o.weightDecay) << "\n";
  if (adam) w << "BETA1 = " << num(o.beta1) << "\nBETA2 = " << num(o.beta2) << "\n";
  if (adam || rms || adagrad) w << "EPS = " << num(o.eps) << "\n";
  if (rms) w << "ALPHA = " << num(o.alpha) << "\n";
  if (adagrad && o.lrDecay != 0.0) w << "LR_DECAY = " << num(o.lrDecay) << "\n";
  if (t.clipNorm > 0.0) w << "CLIP_NORM = " << num(t.clipNorm) << "\n";
  if (t.earlyStopping.patience > 0)
    w << "PATIENCE = " << std::to_string(t.earlyStopping.patience)
      << "\nMIN_DELTA = " << num(t.earlyStopping.minDelta) << "\n";

  // 3. The initial values.
  w.section(CodeComment::SectionInitial);
  w.comment(continued ? CodeComment::InitialFromModel : CodeComment::InitialFromSeed);
  w.comment(CodeComment::WeightShape);
  if (batchNorm) w.comment(CodeComment::BatchNormValues);
  w << "params = {}\n";
  if (batchNorm) w << "running = {}\n";
  for (const CodeLayer& l : layers) {
    const LayerParams& p = initial[static_cast<std::size_t>(l.k - 1)];
    const std::string k = std::to_string(l.k);
    if (l.spec->type == LayerType::Dense) {
      w << matrixAssignment("params[\"W" + k + "\"]", p.weights);
      w << vectorAssignment("params[\"b" + k + "\"]", p.bias);
    } else if (l.spec->type == LayerType::BatchNorm) {
      w << vectorAssignment("params[\"gamma" + k + "\"]", p.gamma);
      w << vectorAssignment("params[\"beta" + k + "\"]", p.beta);
      w << vectorAssignment("running[\"mean" + k + "\"]", p.runningMean);
      w << vectorAssignment("running[\"var" + k + "\"]", p.runningVar);
    }
  }

  // 4. Activations.
  w.section(CodeComment::SectionActivations);
  w.comment(CodeComment::ActivationBackward);
  for (ActivationKind a : activations) w << "\n\n" << activationCode(a);

  // 5. The forward pass.
  w.section(CodeComment::SectionForward);
  if (dropout) w << kDropoutMask.substr(2) << "\n";
  if (batchNorm) w << kBatchNorm.substr(2) << "\n";
  if (dropout || batchNorm) w << "\n";
  w << "def forward(x, train=False, rng=None):\n";
  w << "    \"\"\"The output layer's logits z and values a for the rows x, and the cache.\"\"\"\n";
  w << "    a0 = x\n";
  std::vector<std::string> cached = {"a0"};
  bool commentedDense = false, commentedDropout = false, commentedBatchNorm = false;
  for (const CodeLayer& l : layers) {
    const std::string k = std::to_string(l.k), prev = std::to_string(l.k - 1);
    switch (l.spec->type) {
    case LayerType::Dense:
      if (!commentedDense) w.comment(CodeComment::ForwardDense, "    ");
      commentedDense = true;
      w << "    z" << k << " = a" << prev << " @ params[\"W" << k << "\"] + params[\"b" << k << "\"]\n";
      w << "    a" << k << " = " << activationCall(*l.spec, "z" + k) << "\n";
      cached.push_back("z" + k);
      cached.push_back("a" + k);
      break;
    case LayerType::Add: // refused above: a graph is not written
    case LayerType::Concat:
    case LayerType::Conv2d: // refused above: image layers are not written
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
    case LayerType::Flatten: break;
    case LayerType::Dropout:
      if (!commentedDropout) w.comment(CodeComment::ForwardDropout, "    ");
      commentedDropout = true;
      if (l.spec->rate > 0.0) {
        w << "    mask" << k << " = dropout_mask(a" << prev << ".shape, " << num(l.spec->rate)
          << ", rng) if train else None\n";
        w << "    a" << k << " = a" << prev << " * mask" << k << " if train else a" << prev << "\n";
        cached.push_back("mask" + k);
      } else {
        w << "    a" << k << " = a" << prev << "  # rate 0\n";
      }
      cached.push_back("a" + k);
      break;
    case LayerType::BatchNorm:
      if (!commentedBatchNorm) w.comment(CodeComment::ForwardBatchNorm, "    ");
      commentedBatchNorm = true;
      w << "    if train:\n        a" << k << ", xhat" << k << ", inv_std" << k << " = batchnorm_train(a"
        << prev << ", " << k << ", " << num(l.spec->momentum) << ", " << num(l.spec->epsilon) << ")\n";
      w << "    else:\n        a" << k << ", xhat" << k << ", inv_std" << k << " = batchnorm_inference(a"
        << prev << ", " << k << ", " << num(l.spec->epsilon) << "), None, None\n";
      cached.push_back("xhat" + k);
      cached.push_back("inv_std" + k);
      cached.push_back("a" + k);
      break;
    }
  }
  w << "    cache = {";
  {
    std::vector<std::string> items;
    for (const std::string& c : cached) items.push_back("\"" + c + "\": " + c);
    w << wrapped(items, "             ", 13);
  }
  w << "}\n";
  w << "    return z" << last << ", a" << last << ", cache\n";

  // 6. The loss.
  w.section(CodeComment::SectionLoss);
  switch (t.loss) {
  case LossKind::Mse: w.comment(CodeComment::LossMse); break;
  case LossKind::Mae: w.comment(CodeComment::LossMae); break;
  case LossKind::Huber: w.comment(CodeComment::LossHuber); break;
  case LossKind::Bce: w.comment(CodeComment::LossBce); break;
  case LossKind::Cce: w.comment(CodeComment::LossCce); break;
  }
  w.comment(fused ? CodeComment::LossGradientFused : CodeComment::LossGradient);
  w << lossCode(t.loss);

  // 7. Backpropagation.
  w.section(CodeComment::SectionBackward);
  w << "def backward(y, cache):\n";
  w << "    \"\"\"The gradient of the loss with respect to every value in params.\"\"\"\n";
  w.comment(CodeComment::BackwardDense, "    ");
  w << "    grads = {}\n";
  if (fused) {
    w << "    delta" << last << " = loss_gradient_logits(cache[\"a" << last << "\"], y)\n";
  } else {
    w << "    d_a" << last << " = loss_gradient(cache[\"a" << last << "\"], y)\n";
  }
  commentedDropout = commentedBatchNorm = false;
  for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
    const CodeLayer& l = *it;
    const std::string k = std::to_string(l.k), prev = std::to_string(l.k - 1);
    const bool first = l.k == 1;
    switch (l.spec->type) {
    case LayerType::Dense:
      if (!(fused && l.k == output.k))
        w << "    delta" << k << " = "
          << backwardCall(*l.spec, "cache[\"z" + k + "\"], cache[\"a" + k + "\"], d_a" + k) << "\n";
      w << "    grads[\"W" << k << "\"] = cache[\"a" << prev << "\"].T @ delta" << k << "\n";
      w << "    grads[\"b" << k << "\"] = delta" << k << ".sum(axis=0)\n";
      if (!first) w << "    d_a" << prev << " = delta" << k << " @ params[\"W" << k << "\"].T\n";
      break;
    case LayerType::Add: // refused above: a graph is not written
    case LayerType::Concat:
    case LayerType::Conv2d: // refused above: image layers are not written
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
    case LayerType::Flatten: break;
    case LayerType::Dropout:
      if (!commentedDropout) w.comment(CodeComment::BackwardDropout, "    ");
      commentedDropout = true;
      if (!first) {
        if (l.spec->rate > 0.0)
          w << "    d_a" << prev << " = d_a" << k << " * cache[\"mask" << k << "\"]\n";
        else
          w << "    d_a" << prev << " = d_a" << k << "\n";
      }
      break;
    case LayerType::BatchNorm:
      if (!commentedBatchNorm) w.comment(CodeComment::BackwardBatchNorm, "    ");
      commentedBatchNorm = true;
      w << "    grads[\"gamma" << k << "\"], grads[\"beta" << k << "\"], d_a" << prev
        << " = batchnorm_backward(d_a" << k << ", cache[\"xhat" << k << "\"], cache[\"inv_std" << k << "\"], "
        << k << ")\n";
      break;
    }
  }
  // Neurona's slots are in layer order: W1, b1, gamma2, beta2, ...
  w << "    return {name: grads[name] for name in params}\n";
  if (penalties) {
    w << "\n\n";
    w.comment(CodeComment::Penalties);
    w << "def add_penalties(grads):\n";
    for (const CodeLayer& l : layers) {
      if (l.spec->type != LayerType::Dense) continue;
      const double a = t.l1 + l.spec->l1, b = t.l2 + l.spec->l2;
      const std::string name = "\"W" + std::to_string(l.k) + "\"";
      if (a != 0.0) w << "    grads[" << name << "] += " << num(a) << " * np.sign(params[" << name << "])\n";
      if (b != 0.0) w << "    grads[" << name << "] += " << num(b) << " * params[" << name << "]\n";
    }
    w << "    return grads\n";
  }
  if (t.clipNorm > 0.0) {
    w << "\n\n";
    w.comment(CodeComment::Clipping);
    w << "def clip_gradients(grads):\n";
    w << "    norm = math.sqrt(sum(float(np.sum(g * g)) for g in grads.values()))\n";
    w << "    scale = CLIP_NORM / (norm + 1e-6)\n";
    w << "    if scale < 1.0:\n        for name in grads:\n            grads[name] = grads[name] * "
         "np.float32(scale)\n";
    w << "    return grads\n";
  }

  // 8. The optimizer.
  w.section(CodeComment::SectionOptimizer);
  const std::string decayed = o.weightDecay != 0.0 ? "grads[name] + WEIGHT_DECAY * p" : "grads[name]";
  if (sgd && o.momentum == 0.0) {
    w.comment(CodeComment::OptimizerSgd);
    if (o.weightDecay != 0.0) w.comment(CodeComment::WeightDecay);
    w << "def update(grads, lr, step):\n    for name, p in params.items():\n";
    w << "        params[name] = p - lr * " << (o.weightDecay != 0.0 ? "(" + decayed + ")" : decayed) << "\n";
  } else if (sgd) {
    w.comment(CodeComment::OptimizerMomentum);
    if (o.nesterov) w.comment(CodeComment::OptimizerNesterov);
    if (o.weightDecay != 0.0) w.comment(CodeComment::WeightDecay);
    w << "velocity = {}\n\n\ndef update(grads, lr, step):\n    for name, p in params.items():\n";
    w << "        g = " << decayed << "\n";
    w << "        if step == 1:\n            velocity[name] = g  # the first gradient\n";
    w << "        else:\n            velocity[name] = MOMENTUM * velocity[name] + "
      << (o.dampening != 0.0 ? "(1.0 - DAMPENING) * g" : "g") << "\n";
    if (o.nesterov)
      w << "        params[name] = p - lr * (g + MOMENTUM * velocity[name])\n";
    else
      w << "        params[name] = p - lr * velocity[name]\n";
  } else if (adam) {
    const bool adamw = o.name == "adamw";
    w.comment(CodeComment::OptimizerAdam);
    if (adamw)
      w.comment(CodeComment::OptimizerAdamW);
    else if (o.weightDecay != 0.0)
      w.comment(CodeComment::WeightDecay);
    w << "m = {name: np.zeros_like(p) for name, p in params.items()}\n";
    w << "v = {name: np.zeros_like(p) for name, p in params.items()}\n";
    if (o.amsgrad) w << "v_max = {name: np.zeros_like(p) for name, p in params.items()}  # amsgrad\n";
    w << "\n\ndef update(grads, lr, step):\n";
    w << "    correction1 = 1.0 - BETA1 ** step\n    correction2 = math.sqrt(1.0 - BETA2 ** step)\n";
    w << "    for name, p in params.items():\n";
    if (adamw && o.weightDecay != 0.0) w << "        p = p * np.float32(1.0 - lr * WEIGHT_DECAY)\n";
    w << "        g = " << (adamw ? "grads[name]" : decayed) << "\n";
    w << "        m[name] = m[name] + (1.0 - BETA1) * (g - m[name])\n";
    w << "        v[name] = BETA2 * v[name] + (1.0 - BETA2) * g * g\n";
    std::string second = "v[name]";
    if (o.amsgrad) {
      w << "        v_max[name] = np.maximum(v_max[name], v[name])\n";
      second = "v_max[name]";
    }
    w << "        params[name] = p - np.float32(lr / correction1) * m[name] / (np.sqrt(" << second
      << ") / np.float32(correction2) + EPS)\n";
  } else if (rms) {
    w.comment(CodeComment::OptimizerRmsProp);
    if (o.weightDecay != 0.0) w.comment(CodeComment::WeightDecay);
    w << "square_avg = {name: np.zeros_like(p) for name, p in params.items()}\n";
    if (o.centered) w << "grad_avg = {name: np.zeros_like(p) for name, p in params.items()}  # centered\n";
    if (o.momentum > 0.0) w << "velocity = {name: np.zeros_like(p) for name, p in params.items()}\n";
    w << "\n\ndef update(grads, lr, step):\n    for name, p in params.items():\n";
    w << "        g = " << decayed << "\n";
    w << "        square_avg[name] = ALPHA * square_avg[name] + (1.0 - ALPHA) * g * g\n";
    if (o.centered) {
      w << "        grad_avg[name] = grad_avg[name] + (1.0 - ALPHA) * (g - grad_avg[name])\n";
      w << "        denominator = np.sqrt(square_avg[name] - grad_avg[name] ** 2) + EPS\n";
    } else {
      w << "        denominator = np.sqrt(square_avg[name]) + EPS\n";
    }
    if (o.momentum > 0.0) {
      w << "        velocity[name] = MOMENTUM * velocity[name] + g / denominator\n";
      w << "        params[name] = p - lr * velocity[name]\n";
    } else {
      w << "        params[name] = p - lr * g / denominator\n";
    }
  } else if (adagrad) {
    w.comment(CodeComment::OptimizerAdagrad);
    if (o.weightDecay != 0.0) w.comment(CodeComment::WeightDecay);
    w << "sum_of_squares = {name: np.full_like(p, " << num(o.initialAccumulatorValue)
      << ") for name, p in params.items()}\n";
    w << "\n\ndef update(grads, lr, step):\n";
    if (o.lrDecay != 0.0) w << "    lr = lr / (1.0 + (step - 1) * LR_DECAY)\n";
    w << "    for name, p in params.items():\n";
    w << "        g = " << decayed << "\n";
    w << "        sum_of_squares[name] = sum_of_squares[name] + g * g\n";
    w << "        params[name] = p - lr * g / (np.sqrt(sum_of_squares[name]) + EPS)\n";
  }
  w << "\n\n";
  w.comment(CodeComment::Schedule);
  w << "def learning_rate(epoch):\n";
  switch (t.schedule.kind) {
  case ScheduleKind::Constant: w << "    return LEARNING_RATE\n"; break;
  case ScheduleKind::Step:
    w << "    return LEARNING_RATE * " << num(t.schedule.gamma) << " ** (epoch // "
      << std::to_string(std::max(1, t.schedule.stepSize)) << ")  # step schedule\n";
    break;
  case ScheduleKind::Exponential:
    w << "    return LEARNING_RATE * " << num(t.schedule.gamma) << " ** epoch  # exponential schedule\n";
    break;
  case ScheduleKind::Cosine:
    w << "    eta_min = " << num(t.schedule.etaMin) << "\n";
    w << "    return eta_min + (LEARNING_RATE - eta_min) * (1.0 + math.cos(math.pi * epoch / "
      << std::to_string(std::max(1, t.schedule.tMax)) << ")) / 2.0  # cosine schedule\n";
    break;
  }

  // 9. Training.
  w.section(CodeComment::SectionTraining);
  if (engine) {
    w.comment(CodeComment::RandomEngine);
    w << codetext::kPythonMt19937_64 << kUniform01 << "\n\n";
  }
  w.comment(CodeComment::ValidationLoss);
  w << "def validation_loss():\n    z, a, _ = forward(X_val)\n    return loss_value(z, a, Y_val)\n\n\n";
  w << "def train(epochs, history):\n";
  if (engine) {
    w.comment(CodeComment::RandomSkip, "    ");
    w << "    rng = Mt19937_64(SEED)\n";
    w << "    for _ in range(" << std::to_string(codetext::initialisationDraws(spec, features))
      << "):\n        rng()\n";
  } else {
    w << "    rng = None\n";
  }
  w << "    n = X_train.shape[0]\n    order = list(range(n))\n    step = 0\n";
  if (t.earlyStopping.patience > 0) w << "    best_loss, best_epoch, wait = 0.0, 0, 0\n";
  w << "    header = \"epoch,loss,val_loss\" if X_val.shape[0] > 0 else \"epoch,loss\"\n";
  w << "    print(header)\n    history.append(header)\n";
  w << "    for epoch in range(FIRST_EPOCH, FIRST_EPOCH + epochs):\n";
  w << "        lr = learning_rate(epoch)\n";
  if (shuffled) {
    w.comment(CodeComment::BatchesShuffled, "        ");
    w << "        for i in range(n, 1, -1):\n            j = rng() % i\n";
    w << "            order[i - 1], order[j] = order[j], order[i - 1]\n";
  } else if (batch == n) {
    w.comment(CodeComment::FullBatch, "        ");
  } else {
    w.comment(CodeComment::BatchesInOrder, "        ");
  }
  w << "        total = 0.0\n";
  w << "        for begin in range(0, n, BATCH_SIZE):\n";
  w << "            rows = order[begin:begin + BATCH_SIZE]\n";
  w << "            x, y = X_train[rows], Y_train[rows]\n";
  w << "            z, a, cache = forward(x, train=True, rng=rng)\n";
  w << "            loss = loss_value(z, a, y)\n";
  w.comment(CodeComment::Divergence, "            ");
  w << "            if not math.isfinite(loss):\n                return \"diverged\"\n";
  w << "            grads = backward(y, cache)\n";
  if (penalties) w << "            grads = add_penalties(grads)\n";
  if (t.clipNorm > 0.0) w << "            grads = clip_gradients(grads)\n";
  w << "            step += 1\n            update(grads, lr, step)\n";
  w << "            if not all(np.isfinite(p).all() for p in params.values()):\n                return "
       "\"diverged\"\n";
  w << "            total += loss * len(rows)\n";
  w.comment(CodeComment::EpochLoss, "        ");
  w << "        epoch_loss = total / n\n";
  w << "        line = \"%d,%r\" % (epoch + 1, epoch_loss)\n";
  w << "        if X_val.shape[0] > 0:\n            val_loss = validation_loss()\n";
  w << "            line += \",%r\" % val_loss\n";
  w << "        print(line, flush=True)\n        history.append(line)\n";
  if (t.earlyStopping.patience > 0) {
    w.comment(CodeComment::EarlyStopping, "        ");
    w << "        monitored = val_loss if X_val.shape[0] > 0 else epoch_loss\n";
    w << "        if best_epoch == 0 or monitored < best_loss - MIN_DELTA:\n";
    w << "            best_loss, best_epoch, wait = monitored, epoch + 1, 0\n";
    w << "        else:\n            wait += 1\n";
    w << "        if wait >= PATIENCE:\n            return \"early_stopped\"\n";
  }
  w << "    return \"completed\"\n\n\n";
  w.comment(CodeComment::CommandLine);
  w << "def main():\n";
  w << "    parser = argparse.ArgumentParser()\n";
  w << "    parser.add_argument(\"--epochs\", type=int, default=EPOCHS)\n";
  w << "    parser.add_argument(\"--history\")\n";
  w << "    args = parser.parse_args()\n";
  w << "    if args.epochs < 0:\n        parser.error(\"--epochs needs a whole number >= 0\")\n";
  w << "    history = []\n    status = train(args.epochs, history)\n";
  w << "    if args.history:\n        with open(args.history, \"w\", encoding=\"utf-8\") as f:\n";
  w << "            f.write(\"\\n\".join(history) + \"\\n\")\n";
  w << "    if status == \"diverged\":\n        print(\"diverged\", file=sys.stderr)\n        return 3\n";
  w << "    return 0\n\n\nif __name__ == \"__main__\":\n    sys.exit(main())\n";
  out.value = std::move(w.out);
  return out;
}

} // namespace neurona
